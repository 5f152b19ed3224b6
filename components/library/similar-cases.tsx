import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Panel } from '@/components/cases/panel';
import type { SimilarCases as Similar, SimilarExample } from '@/lib/library/similar';

/**
 * Beside a report: the closest accepted example of each verdict, so the moderator sees the nearest
 * violation next to the nearest legitimate criticism. Decided cases also offer "Propose as example".
 */
export async function SimilarCases({ similar, caseId, mayPropose }: { similar: Similar; caseId: string; mayPropose: boolean }) {
  const t = await getTranslations('library');
  const column = (title: string, rows: SimilarExample[], tone: string) => (
    <div className={`rounded border-l-4 ${tone} bg-slate-50 px-2 py-1.5`}>
      <h3 className="text-xs font-semibold text-slate-700">{title}</h3>
      {rows.length === 0 && <p className="text-sm text-slate-500">{t('similar.none')}</p>}
      {rows.map((r) => (
        <Link key={r.id} href={`/library/${r.id}`} className="mt-1 block rounded hover:bg-white">
          <p className="line-clamp-3 whitespace-pre-wrap break-words text-sm text-slate-900">{r.text}</p>
          {r.rationale && <p className="line-clamp-2 whitespace-pre-wrap break-words text-xs text-slate-600">{r.rationale}</p>}
          <p className="text-xs text-slate-500">{t('similar.score', { score: Number(r.score).toFixed(2) })}</p>
        </Link>
      ))}
    </div>
  );
  return (
    <Panel
      id="similar-cases"
      title={t('similar.title')}
      aside={mayPropose && (
        <Link href={`/library/propose/${caseId}`} className="rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100">
          {t('similar.propose')}
        </Link>
      )}
    >
      <div className="grid grid-cols-2 gap-2">
        {column(t('similar.violation'), similar.violation, 'border-red-400')}
        {column(t('similar.notViolation'), similar.not_violation, 'border-emerald-400')}
      </div>
    </Panel>
  );
}
