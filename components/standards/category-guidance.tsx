'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CategoryGuidance as Guidance } from '@/lib/standards/queries';

/**
 * Beside the decision panel: the published definition of the category the moderator has chosen and
 * what is not cyberviolence, so the line between an attack and criticism is in view when deciding.
 */
export function CategoryGuidance({ guidance, categoryId }: { guidance: Guidance[]; categoryId: string | null }) {
  const t = useTranslations('standards.guidance');
  const chosen = guidance.find((g) => g.categoryId === categoryId);
  return (
    <section aria-labelledby="standards-guidance-title" data-testid="standards-guidance" className="rounded-md border border-slate-200 bg-white px-3 py-2.5">
      <h2 id="standards-guidance-title" className="text-sm font-semibold text-slate-800">
        {chosen ? t('title', { name: chosen.name }) : t('title', { name: '—' })}
      </h2>
      {chosen ? (
        <div className="mt-1.5 space-y-2 text-sm">
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('definition')}</h3>
            <p className="whitespace-pre-wrap text-slate-800">{chosen.definition}</p>
          </div>
          <div className="rounded bg-emerald-50 px-2 py-1.5">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-emerald-800">{t('notCyberviolence')}</h3>
            <p className="whitespace-pre-wrap text-emerald-950">{chosen.notCyberviolence}</p>
          </div>
          <p className="text-xs text-slate-500">
            {t('version', { version: chosen.version })} · <Link href={`/standards#cat-${chosen.categoryId}`} className="text-brand-700 underline">{t('more')}</Link>
          </p>
        </div>
      ) : <p className="mt-1 text-sm text-slate-600">{t('none')}</p>}
    </section>
  );
}
