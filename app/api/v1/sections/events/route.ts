export { receiveSectionEvents as POST } from '@/lib/sections/api';
