import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/incidents/panel';
import { isNewAccount } from '@/lib/sections/bot-submissions';
import { defaultDetection } from '@/lib/sections/bot-submissions';
import type { SectionDetail } from '@/lib/sections/queries';
import { SectionBadges, Share } from './section-badges';

export async function SectionFacts({ d }: { d: SectionDetail }) {
  const [t, f] = await Promise.all([getTranslations('sections'), getFormatter()]);
  const s = d.section;
  const when = (x: Date | null) => (x ? f.dateTime(x, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const facts: [string, React.ReactNode][] = [
    [t('fields.kind'), t(`kind.${s.kind}`)],
    [t('fields.status'), <SectionBadges key="b" section={s} pendingClosure={d.closures.some((c) => c.status === 'pending')} />],
    [t('fields.heat'), s.heatPerHour],
    [t('fields.flaggedShare'), <Share key="s" flagged={s.flaggedItems} total={s.totalItems} />],
    [t('fields.incident'), s.incidentId ? <Link key="i" className="text-brand-700 hover:underline" href={`/incidents/${s.incidentId}`}>{d.incidentTitle}</Link> : '—'],
    [t('fields.externalId'), <code key="e">{s.externalId}</code>],
    [t('fields.owner'), s.ownerAccountId ? <code key="o">{s.ownerAccountId}</code> : '—'],
    [t('fields.created'), when(s.platformCreatedAt)],
    [t('fields.activity'), when(s.activityAt)],
  ];
  return (
    <Panel title={t('detail.facts')}>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1 text-sm">
        {facts.map(([k, v]) => [<dt key={`${k}-t`} className="text-slate-600">{k}</dt>, <dd key={`${k}-d`} className="break-words">{v}</dd>])}
      </dl>
      {d.rule && <p className="mt-2 text-sm text-purple-800">{t('detail.rule', { pattern: d.rule.pattern, until: when(d.rule.until) })}</p>}
    </Panel>
  );
}

export async function SectionHistory({ d }: { d: SectionDetail }) {
  const [t, f] = await Promise.all([getTranslations('sections'), getFormatter()]);
  const when = (x: Date) => f.dateTime(x, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Panel title={t('detail.names')}>
        <ol className="space-y-1 text-sm">
          {d.names.map((n) => <li key={n.id}><span className="break-words">{n.name}</span> <span className="text-xs text-slate-500">{when(n.changedAt)}</span></li>)}
        </ol>
      </Panel>
      <Panel title={t('detail.dispersals')}>
        {d.dispersals.length === 0 ? <p className="text-sm text-slate-600">{t('detail.none')}</p> : (
          <ul className="space-y-1 text-sm">
            {d.dispersals.map((x) => (
              <li key={x.id}>
                {t('detail.dispersedBy', { name: x.byName })} · {when(x.dispersedAt)}
                {x.restoredAt ? ` · ${t('detail.restoredAt', { at: when(x.restoredAt) })}` : <> · <Badge tone="amber">{t('detail.current')}</Badge></>}
                {x.reason && <p className="text-xs whitespace-pre-wrap break-words text-slate-600">{x.reason}</p>}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={t('detail.closures')}>
        {d.closures.length === 0 ? <p className="text-sm text-slate-600">{t('detail.none')}</p> : (
          <ul className="space-y-2 text-sm">
            {d.closures.map((c) => (
              <li key={c.id}>
                <Badge tone={c.status === 'approved' ? 'red' : c.status === 'rejected' ? 'neutral' : 'blue'}>{t(`closureStatus.${c.status}`)}</Badge>{' '}
                {t(`actions.target_${c.target}`)} · {t('detail.proposedBy', { name: c.proposerName })} · {when(c.proposedAt)}
                <p className="whitespace-pre-wrap break-words text-slate-700">{c.reason}</p>
                {c.decidedBy && <p className="text-xs whitespace-pre-wrap break-words text-slate-600">{t('detail.decidedBy', { status: t(`closureStatus.${c.status}`), name: c.deciderName ?? '', reason: c.decisionReason ?? '' })}</p>}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}

/** Posts as the platform sent them: hostile plain text, never markup. */
export async function SectionPosts({ d }: { d: SectionDetail }) {
  const [t, f] = await Promise.all([getTranslations('sections'), getFormatter()]);
  return (
    <Panel title={t('detail.posts')}>
      {d.posts.length === 0 ? <p className="text-sm text-slate-600">{t('detail.noPosts')}</p> : (
        <ul className="max-h-[32rem] divide-y divide-slate-100 overflow-y-auto text-sm">
          {d.posts.map((p) => (
            <li key={p.id} className="py-2" data-testid="section-post">
              <div className="flex flex-wrap items-center gap-1 text-xs text-slate-500">
                <code>{p.authorAccountId}</code>
                {isNewAccount(p, defaultDetection.maxAccountAgeDays) && <Badge tone="purple">{t('detail.newAccount')}</Badge>}
                {p.flagged && <Badge tone="red">{t('detail.flaggedPost')}</Badge>}
                {p.folded && <Badge tone="amber">{t('detail.folded')}</Badge>}
                <span>{f.dateTime(p.postedAt, { dateStyle: 'short', timeStyle: 'short' })}</span>
              </div>
              <p className="whitespace-pre-wrap break-words text-slate-800">{p.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
