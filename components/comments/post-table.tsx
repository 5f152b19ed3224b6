import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState, TBody, THead, Table, Td, Th } from '@/components/ui/table';
import type { PostRow } from '@/lib/comments/queries';

export async function PostTable({ rows }: { rows: PostRow[] }) {
  const [t, format] = await Promise.all([getTranslations('comments'), getFormatter()]);
  if (!rows.length) return <EmptyState>{t('posts.empty')}</EmptyState>;
  return (
    <Table caption={t('posts.title')}>
      <THead>
        <Th>{t('posts.post')}</Th><Th>{t('posts.flagged')}</Th><Th>{t('posts.comments')}</Th><Th>{t('posts.incident')}</Th><Th>{t('posts.posted')}</Th>
      </THead>
      <TBody>
        {rows.map((p) => (
          <tr key={p.id}>
            <Td className="max-w-md">
              <Link className="font-medium text-brand-700 hover:underline" href={`/posts/${p.id}`}>{p.externalId}</Link>
              <p className="line-clamp-2 whitespace-pre-wrap break-words text-slate-700">{p.text}</p>
            </Td>
            <Td className="tabular-nums">
              <span className="flex flex-wrap gap-1">{p.flaggedCount > 0 ? <Badge tone="amber">{p.flaggedCount}</Badge> : 0}{p.selfHarm && <Badge tone="red">{t('list.selfHarm')}</Badge>}</span>
            </Td>
            <Td className="tabular-nums">{p.commentCount}</Td>
            <Td>{p.incidentTitle ? <Badge tone="purple">{p.incidentTitle}</Badge> : '—'}</Td>
            <Td className="whitespace-nowrap text-slate-600">{format.dateTime(p.postedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
