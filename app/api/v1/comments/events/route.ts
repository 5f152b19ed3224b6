export { receiveCommentEvents as POST } from '@/lib/comments/api';
