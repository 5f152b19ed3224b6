export { receiveReportBatch as POST } from '@/lib/reports/api';
