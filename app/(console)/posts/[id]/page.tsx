import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/categories/queries';
import { loadPostPage } from '@/lib/comments/queries';
import { isActionable, selectionOf } from '@/lib/comments/selection';
import { Panel } from '@/components/incidents/panel';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { ActionHistory } from '@/components/comments/action-history';
import { BulkForm } from '@/components/comments/bulk-form';
import { CommentList } from '@/components/comments/comment-list';
import { nearestExamples } from '@/lib/library/nearest';
import { PinnedStatement } from '@/components/comments/pinned-statement';
import { SelectionForm } from '@/components/comments/selection-form';

export const dynamic = 'force-dynamic';

type Search = { category?: string; q?: string };

export default async function PostPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  await requireStaff('comment.moderate');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const selection = selectionOf(await searchParams);
  const db = await getDb();
  const [page, categories, t, format] = await Promise.all([
    loadPostPage(db, id, selection), categoryOptions(db, await getLocale()), getTranslations('comments'), getFormatter(),
  ]);
  if (!page) notFound();
  const { post } = page;
  const names = Object.fromEntries(categories.map((c) => [c.id, c.name]));
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2">{t('post.title', { id: post.externalId })}{post.incidentTitle && <Badge tone="purple">{post.incidentTitle}</Badge>}</span>}
        description={t('post.meta', { author: post.authorAccountId, at: format.dateTime(post.postedAt, { dateStyle: 'medium', timeStyle: 'short' }), comments: post.commentCount, flagged: post.flaggedCount })}
        actions={<Link className="text-sm text-brand-700 hover:underline" href="/posts">{t('post.back')}</Link>}
      />
      <p className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-3 text-sm">{post.text}</p>
      <Panel title={t('pin.title')}>
        <PinnedStatement postId={post.id} pinned={page.pinned} statements={page.statements} hasIncident={Boolean(post.incidentId)} />
      </Panel>
      <Panel title={t('bulk.title')}>
        <div className="space-y-3">
          <SelectionForm postId={post.id} selection={selection} categories={categories} />
          {isActionable(selection) ? <BulkForm key={`${selection.categoryId}|${selection.q}`} postId={post.id} selection={selection} preview={page.preview} /> : <p className="text-xs text-slate-600">{t('bulk.hint')}</p>}
        </div>
      </Panel>
      <Panel title={t('history.title')}><ActionHistory actions={page.actions} /></Panel>
      <section className="space-y-2">
        <h2 className="font-semibold text-slate-900">
          {isActionable(selection) ? t('list.matching', { n: page.comments.length }) : t('list.all', { visible: page.states.visible ?? 0, folded: page.states.folded ?? 0, removed: page.states.removed ?? 0 })}
        </h2>
        <CommentList rows={page.comments} categoryName={names} examples={await nearestExamples(db, page.comments.map((c) => c.nearestExampleId))} />
      </section>
    </div>
  );
}
