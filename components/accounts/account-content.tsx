import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AccountCase, AccountView } from '@/lib/accounts/queries';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/incidents/panel';

/** Its comments from every comment section in one list (notice III.1). Platform text: plain text only. */
export async function AccountComments({ view }: { view: AccountView }) {
  const [t, format] = await Promise.all([getTranslations('accounts.comments'), getFormatter()]);
  return (
    <Panel title={t('title')}>
      <p className="mb-2 text-xs text-slate-600">{t('hint')}</p>
      {view.comments.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : (
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto text-sm">
          {view.comments.map((c) => (
            <li key={c.id} className="py-2">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span>{format.dateTime(c.postedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                <span className="break-all">{t('onPost', { post: c.postExternalId })}</span>
                {c.state !== 'visible' && <Badge tone="amber">{t(`state.${c.state}` as 'state.folded')}</Badge>}
              </div>
              <p className="mt-0.5 whitespace-pre-wrap break-words">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

async function CaseList({ title, rows }: { title: string; rows: AccountCase[] }) {
  const [t, tq, format] = await Promise.all([getTranslations('accounts.cases'), getTranslations('queue'), getFormatter()]);
  return (
    <Panel title={title}>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : (
        <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto text-sm" tabIndex={0} aria-label={title}>
          {rows.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 py-1.5">
              <Link className="font-mono text-xs text-brand-700 hover:underline" href={`/cases/${c.id}`}>{c.id.slice(0, 8)}</Link>
              <span className="text-slate-600">{tq(`channels.${c.channel}` as 'channels.post')}</span>
              <Badge tone={c.status === 'decided' ? 'neutral' : 'blue'}>{t(`caseStatus.${c.status}` as 'caseStatus.open')}</Badge>
              {c.decision && <Badge>{t(`decision.${c.decision}` as 'decision.fold')}</Badge>}
              <span className="ml-auto text-xs text-slate-500">{format.dateTime(c.createdAt, { dateStyle: 'medium' })}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export async function AccountCases({ view }: { view: AccountView }) {
  const t = await getTranslations('accounts.cases');
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <CaseList title={t('against')} rows={view.casesAgainst} />
      <CaseList title={t('filed')} rows={view.casesFiled} />
    </div>
  );
}
