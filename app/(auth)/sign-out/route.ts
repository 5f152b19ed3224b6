export { POST } from '@/lib/auth/sign-out';
