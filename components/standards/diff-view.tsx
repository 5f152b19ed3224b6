import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { CategoryComparison, FieldChange } from '@/lib/standards/compare';
import { sideBySide, type DiffPart } from '@/lib/standards/diff';

const tone = { added: 'green', retired: 'neutral', restored: 'blue', changed: 'amber', unchanged: 'neutral' } as const;

function Side({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  return (
    <div className="whitespace-pre-wrap break-words rounded bg-slate-50 px-2 py-1.5 text-sm text-slate-800" data-testid={`diff-${side}`}>
      {parts.map((p, i) => p.op === 'equal' ? <span key={i}>{p.text}</span>
        : p.op === 'delete' ? <del key={i} className="bg-red-100 text-red-900 decoration-red-500">{p.text}</del>
          : <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">{p.text}</ins>)}
    </div>
  );
}

async function FieldRow({ change }: { change: FieldChange }) {
  const t = await getTranslations('standards');
  const { left, right } = sideBySide(change.parts);
  const shown = (parts: DiffPart[]) => change.field === 'retired'
    ? parts.map((p) => ({ ...p, text: p.text === 'true' ? t('diff.yes') : p.text === 'false' ? t('diff.no') : p.text }))
    : change.field === 'defaultAction' ? parts.map((p) => ({ ...p, text: p.text ? t(`actions.${p.text}` as 'actions.fold') : '' })) : parts;
  return (
    <div className="grid grid-cols-[10rem_1fr_1fr] gap-3 border-t border-slate-100 py-2" data-testid={`diff-field-${change.field}`}>
      <div className="text-sm font-medium text-slate-700">{t(`fields.${change.field}`)}</div>
      <Side parts={shown(left)} side="before" />
      <Side parts={shown(right)} side="after" />
    </div>
  );
}

/** Side by side: the published text on the left with deletions struck, the draft on the right with insertions marked. */
export async function DiffView({ comparisons, names }: { comparisons: CategoryComparison[]; names: Record<string, string> }) {
  const t = await getTranslations('standards.diff');
  const changed = comparisons.filter((c) => c.change !== 'unchanged');
  const unchanged = comparisons.length - changed.length;
  return (
    <div className="space-y-3">
      {changed.length === 0 && <p className="text-sm text-slate-600">{t('noChanges')}</p>}
      {changed.map((c) => (
        <section key={c.categoryId} aria-labelledby={`diff-${c.categoryId}-title`} data-testid={`diff-${c.categoryId}`} className="rounded-md border border-slate-200 bg-white px-4 py-3">
          <div className="flex items-center gap-2">
            <h2 id={`diff-${c.categoryId}-title`} className="text-base font-semibold text-slate-900">{names[c.categoryId] ?? c.categoryId}</h2>
            <Badge tone={tone[c.change]}>{t(`change.${c.change}`)}</Badge>
          </div>
          <div className="mt-2 grid grid-cols-[10rem_1fr_1fr] gap-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
            <span />
            <span>{t('before')}</span>
            <span>{t('after')}</span>
          </div>
          {c.fields.map((f) => <FieldRow key={f.field} change={f} />)}
        </section>
      ))}
      {unchanged > 0 && <p className="text-sm text-slate-500">{t('unchangedCount', { count: unchanged })}</p>}
    </div>
  );
}
