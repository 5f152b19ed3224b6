export { readRestrictions as GET } from '@/lib/sanctions/restrictions-api';
