import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ExampleEditor } from '@/components/library/example-editor';
import { StatusBadge, VerdictBadge } from '@/components/library/verdict-badge';
import { getDb } from '@/db/client';
import { channel } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { categoryOptions } from '@/lib/categories/queries';
import { getExample } from '@/lib/library/queries';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('library.view');
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  const db = await getDb();
  const [example, categories, t, format] = await Promise.all([getExample(db, id), categoryOptions(db, await getLocale()), getTranslations('library'), getFormatter()]);
  if (!example) notFound();
  const category = categories.find((c) => c.id === example.categoryId)?.name ?? example.categoryId ?? t('detail.uncategorized');
  const block = 'whitespace-pre-wrap break-words text-sm text-slate-900';
  const mayCase = can(me.role, 'case.view');

  return (
    <div className="space-y-3">
      <Link href="/library" className="text-sm text-brand-700 hover:underline">← {t('actions.back')}</Link>
      <div className="grid grid-cols-[minmax(0,1fr)_28rem] items-start gap-4">
        <article aria-labelledby="example-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-3">
          <h1 id="example-title" className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
            <VerdictBadge verdict={example.verdict} /> <StatusBadge status={example.status} /> <span>{category}</span>
          </h1>
          {/* Reported content is hostile: plain text only, never HTML or markdown rendered as markup. */}
          <section><h2 className="text-xs font-medium uppercase text-slate-500">{t('detail.text')}</h2><p className={block} data-testid="example-text">{example.text}</p></section>
          <section><h2 className="text-xs font-medium uppercase text-slate-500">{t('detail.context')}</h2><p className={block}>{example.context || t('detail.noContext')}</p></section>
          <section><h2 className="text-xs font-medium uppercase text-slate-500">{t('detail.rationale')}</h2><p className={block}>{example.rationale || t('detail.noRationale')}</p></section>
          <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
            <dt className="text-slate-500">{t('filters.language')}</dt><dd>{t(`language.${example.language}`)}</dd>
            <dt className="text-slate-500">{t('filters.channel')}</dt><dd>{example.channel ? t(`channel.${example.channel}` as 'channel.post') : '—'}</dd>
            <dt className="text-slate-500">{t('detail.tags')}</dt><dd>{example.tags.length ? example.tags.map((x) => `#${x}`).join(' ') : '—'}</dd>
            {example.sourceCaseId && (
              <><dt className="text-slate-500">{t('detail.source')}</dt>
                <dd>{mayCase ? <Link className="text-brand-700 hover:underline" href={`/cases/${example.sourceCaseId}`}>{t('detail.openSource')}</Link> : example.sourceCaseId}</dd></>
            )}
          </dl>
          <p className="text-xs text-slate-500">
            {example.redactions.length > 0 && <>{t('detail.redacted', { count: example.redactions.length })} · </>}
            {t('detail.proposedBy', { date: format.dateTime(example.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            {example.reviewedAt && <> · {t('detail.reviewedAt', { date: format.dateTime(example.reviewedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</>}
          </p>
        </article>
        {can(me.role, 'library.review') && (
          // Not keyed on the version: a remount after accepting would drop the editor's "Accepted" notice,
          // which arrives in the same render as the new status (components/ui/use-action.ts).
          <ExampleEditor
            key={example.id}
            example={example}
            categories={categories.filter((c) => c.active)}
            channels={channel.enumValues}
          />
        )}
      </div>
    </div>
  );
}
