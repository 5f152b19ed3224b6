export { readAuthoritative as GET } from '@/lib/incidents/api';
