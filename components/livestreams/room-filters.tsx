import { getTranslations } from 'next-intl/server';
import { Field, Select } from '@/components/ui/field';
import type { RoomFilters as Filters } from '@/lib/livestreams/queries';

export async function RoomFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations('livestreams');
  return (
    <form method="get" action="/livestreams" className="flex flex-wrap items-end gap-3" aria-label={t('filters')}>
      <div className="w-44">
        <Field id="room-status" label={t('fields.status')}>
          <Select id="room-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('anyStatus')}</option>
            {(['live', 'stopped', 'ended'] as const).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </Select>
        </Field>
      </div>
      <label className="flex items-center gap-2 py-2 text-sm">
        <input type="checkbox" name="watched" value="1" defaultChecked={filters.watched} className="h-4 w-4" />
        {t('watchedOnly')}
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-slate-100">{t('apply')}</button>
    </form>
  );
}
