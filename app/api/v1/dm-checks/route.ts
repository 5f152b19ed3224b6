export { checkDm as POST } from '@/lib/dm-rules/api';
