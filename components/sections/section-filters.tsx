import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { sectionKind, sectionStatus } from '@/db/schema/sections';
import type { SectionFilters as Filters } from '@/lib/sections/queries';

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export function SectionFilters({ filters, incidents, action = '/sections' }: { filters: Filters; incidents: { id: string; title: string }[]; action?: string }) {
  const t = useTranslations('sections');
  return (
    <form method="get" action={action} aria-label={t('filters.label')} className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-5">
      <Field id="f-kind" label={t('fields.kind')}>
        <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">{t('filters.any')}</option>
          {sectionKind.enumValues.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
        </Select>
      </Field>
      <Field id="f-status" label={t('fields.status')}>
        <Select id="f-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('filters.any')}</option>
          {sectionStatus.enumValues.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </Select>
      </Field>
      <Field id="f-incident" label={t('fields.incident')}>
        <Select id="f-incident" name="incident" defaultValue={filters.incident ?? ''}>
          <option value="">{t('filters.any')}</option>
          {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </Select>
      </Field>
      <Field id="f-sort" label={t('fields.sort')}>
        <Select id="f-sort" name="sort" defaultValue={filters.sort}>
          <option value="heat">{t('filters.sortHeat')}</option>
          <option value="flagged">{t('filters.sortFlagged')}</option>
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit">{t('filters.apply')}</Button>
        <a href={action} className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-200">{t('filters.reset')}</a>
      </div>
    </form>
  );
}
