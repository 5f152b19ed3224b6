export { receiveAppeal as POST } from '@/lib/appeals/api';
