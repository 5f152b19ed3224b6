import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listPosts } from '@/lib/comments/queries';
import { PageHeader } from '@/components/ui/page-header';
import { PostTable } from '@/components/comments/post-table';

export const dynamic = 'force-dynamic';

export default async function PostsPage() {
  await requireStaff('comment.moderate');
  const [t, rows] = await Promise.all([getTranslations('comments'), listPosts(await getDb())]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('posts.title')} description={t('posts.description')} />
      <PostTable rows={rows} />
    </div>
  );
}
