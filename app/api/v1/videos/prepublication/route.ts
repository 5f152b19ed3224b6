export { receivePrepublication as POST } from '@/lib/videos/api';
