export { precheckRoute as POST } from '@/lib/model/precheck-route';
