import { getLocale, getTranslations } from 'next-intl/server';
import type { StandardsCategory } from '@/db/schema';
import { Badge } from '@/components/ui/badge';
import { localized } from '@/lib/standards/queries';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** One version of the standards as moderators read it. Every text is rendered as plain text. */
export async function VersionView({ categories }: { categories: StandardsCategory[] }) {
  const [t, locale] = await Promise.all([getTranslations('standards'), getLocale()]);
  return (
    <div className="space-y-3">
      {categories.map((c) => (
        <section key={c.categoryId} id={`cat-${c.categoryId}`} aria-labelledby={`cat-${c.categoryId}-title`} data-testid={`standard-${c.categoryId}`}
          className="rounded-md border border-slate-200 bg-white px-4 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`cat-${c.categoryId}-title`} className="text-base font-semibold text-slate-900">{localized(c, 'name', locale)}</h2>
            <span className="font-mono text-xs text-slate-500">{c.categoryId}</span>
            {c.retired && <Badge tone="neutral">{t('retired')}</Badge>}
            <Badge tone={c.severity >= 4 ? 'red' : c.severity === 3 ? 'amber' : 'blue'}>{t('meta.severity', { n: c.severity })}</Badge>
            <Badge>{t('meta.action', { action: t(`actions.${c.defaultAction}`) })}</Badge>
            <Badge>{t('meta.due', { minutes: c.dueMinutes })}</Badge>
          </div>
          <div className="mt-2 grid gap-3 md:grid-cols-3">
            <div>
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('section.definition')}</h3>
              <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">{localized(c, 'definition', locale)}</p>
            </div>
            <div>
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('section.indicators')}</h3>
              <ul className="mt-1 list-disc space-y-0.5 pl-4 text-sm text-slate-800">
                {lines(localized(c, 'indicators', locale)).map((l, i) => <li key={i}>{l}</li>)}
              </ul>
            </div>
            <div className="rounded-md bg-emerald-50 px-3 py-2">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-emerald-800">{t('section.notCyberviolence')}</h3>
              <p className="mt-1 whitespace-pre-wrap text-sm text-emerald-950">{localized(c, 'notCyberviolence', locale)}</p>
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
