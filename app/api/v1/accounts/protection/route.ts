export { readProtection as GET } from '@/lib/protection/api';
