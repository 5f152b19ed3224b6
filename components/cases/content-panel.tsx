import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { CaseView } from '@/lib/reports/case-view';
import { MediaGallery } from '@/components/media/media-gallery';
import type { MediaTile } from '@/lib/media/tiles';
import type { MediaTreatment } from '@/lib/wellness/media';
import { Panel } from './panel';

export type CaseMedia = { tiles: MediaTile[]; treatment: MediaTreatment; sensitive: boolean };

/**
 * The reported content exactly as captured, as text: React escapes it, and nothing here turns it
 * into HTML or markdown, so a hostile post cannot run or restyle anything in the console.
 */
export function ContentPanel({ view, media }: { view: CaseView; media?: CaseMedia }) {
  const t = useTranslations('case');
  const format = useFormatter();
  const { evidence, case: c } = view;
  const targetMinor = view.reports.some((r) => r.targetIsMinor);
  if (!evidence) {
    return <Panel id="content" title={t('content.title')}><p className="text-sm text-slate-600">{t('evidence.missing')}</p></Panel>;
  }
  const snapshot = evidence.content;
  return (
    <Panel id="content" title={t('content.title')} aside={<EvidenceBadge verified={evidence.verified} />}>
      <p className="mb-2 flex flex-wrap gap-x-3 text-xs text-slate-600">
        <a className="text-brand-700 hover:underline" href={`/accounts/${encodeURIComponent(c.subjectAccountId)}`}>{t('content.postedBy', { account: snapshot.accountId })}</a>
        {c.targetAccountId && <span>{t('content.target', { account: c.targetAccountId })}{targetMinor && <> · <strong className="text-red-700">{t('content.targetMinor')}</strong></>}</span>}
        {snapshot.createdAt && <span>{t('content.postedAt', { time: format.dateTime(new Date(snapshot.createdAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</span>}
        {snapshot.contentId && <span>{t('content.contentId', { id: snapshot.contentId })}</span>}
      </p>
      <pre data-testid="reported-text" className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-sans text-[0.95rem] leading-relaxed text-slate-900">
        {snapshot.text || t('content.empty')}
      </pre>
      {/* The media's URLs and hashes come from the snapshot: shown only while it matches its own hash. */}
      {media && evidence.verified && <MediaGallery {...media} />}
      <h3 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('content.context')}</h3>
      {snapshot.context?.length ? (
        <ol className="mt-1 space-y-1">
          {snapshot.context.map((line, i) => (
            <li key={i}><pre className="whitespace-pre-wrap break-words rounded bg-slate-50 px-2 py-1 font-sans text-sm text-slate-700">{line}</pre></li>
          ))}
        </ol>
      ) : <p className="mt-1 text-sm text-slate-500">{t('content.noContext')}</p>}
      <div className={`mt-3 rounded border px-2.5 py-2 text-xs ${evidence.verified ? 'border-emerald-200 bg-emerald-50/50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`} role={evidence.verified ? undefined : 'alert'}>
        <p>{evidence.verified ? t('evidence.verifiedHelp') : t('evidence.mismatchHelp')}</p>
        <p className="mt-1 text-slate-600">
          {t('evidence.captured', { time: format.dateTime(evidence.capturedAt, { dateStyle: 'medium', timeStyle: 'medium' }) })} · {t('evidence.sha')}{' '}
          <code className="break-all font-mono">{evidence.sha256}</code>
        </p>
        {view.tamperedEvidenceIds.filter((id) => id !== evidence.id).length > 0 && (
          <p className="mt-1 font-semibold text-red-800">{t('evidence.otherMismatch', { count: view.tamperedEvidenceIds.filter((id) => id !== evidence.id).length })}</p>
        )}
      </div>
    </Panel>
  );
}

export function EvidenceBadge({ verified }: { verified: boolean }) {
  const t = useTranslations('case.evidence');
  return (
    <span data-testid="evidence-check">
      <Badge tone={verified ? 'green' : 'red'}>{verified ? `✓ ${t('verified')}` : `✗ ${t('mismatch')}`}</Badge>
    </span>
  );
}
