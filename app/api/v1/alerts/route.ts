export { listAlertsForPlatform as GET } from '@/lib/alerts/api';
