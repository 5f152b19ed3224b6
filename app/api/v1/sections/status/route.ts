export { readSectionStatus as GET } from '@/lib/sections/status-api';
