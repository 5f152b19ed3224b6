export { checkSectionName as POST } from '@/lib/sections/api';
