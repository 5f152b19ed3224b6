export { checkRegistration as POST } from '@/lib/registration/api';
