export { receiveLivestreamEvents as POST } from '@/lib/livestreams/api';
