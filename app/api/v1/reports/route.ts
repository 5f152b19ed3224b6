export { receiveReport as POST } from '@/lib/reports/api';
