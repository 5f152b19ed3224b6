export { receiveSignals as POST } from '@/lib/signals/api';
