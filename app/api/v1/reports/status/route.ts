export { readReportStatus as GET } from '@/lib/reports/status-api';
