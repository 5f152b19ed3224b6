export { receiveAccountEvents as POST } from '@/lib/accounts/api';
