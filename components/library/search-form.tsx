import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { channel, exampleLanguage, exampleStatus, exampleVerdict } from '@/db/schema';
import type { CategoryOption } from '@/lib/categories/queries';
import type { LibraryFilters } from '@/lib/library/search-query';

/** A plain GET form: filters live in the URL, so results are shareable and work without JavaScript. */
export function SearchForm({ filters, categories }: { filters: LibraryFilters; categories: CategoryOption[] }) {
  const t = useTranslations('library');
  const label = 'mb-1 block text-xs font-medium text-slate-600';
  const select = (name: keyof LibraryFilters, values: readonly string[], text: (v: string) => string, any = true) => (
    <div>
      <label htmlFor={`f-${name}`} className={label}>{t(`filters.${name}` as 'filters.verdict')}</label>
      <Select id={`f-${name}`} name={name} defaultValue={(filters[name] as string | undefined) ?? ''}>
        {any && <option value="">{t('filters.any')}</option>}
        {values.map((v) => <option key={v} value={v}>{text(v)}</option>)}
      </Select>
    </div>
  );
  return (
    <form role="search" method="get" action="/library" className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="flex items-end gap-2">
        <div className="grow">
          <label htmlFor="f-q" className={label}>{t('search.label')}</label>
          <Input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder={t('search.placeholder')} autoComplete="off" />
        </div>
        <Button type="submit">{t('search.submit')}</Button>
        <Link href="/library" className="px-2 py-2 text-sm text-brand-700 hover:underline">{t('search.reset')}</Link>
      </div>
      <div className="grid grid-cols-6 gap-2">
        <div>
          <label htmlFor="f-categoryId" className={label}>{t('filters.category')}</label>
          <Select id="f-categoryId" name="categoryId" defaultValue={filters.categoryId ?? ''}>
            <option value="">{t('filters.any')}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </div>
        {select('verdict', exampleVerdict.enumValues, (v) => t(`verdict.${v}` as 'verdict.violation'))}
        {select('channel', channel.enumValues, (v) => t(`channel.${v}` as 'channel.post'))}
        {select('language', exampleLanguage.enumValues, (v) => t(`language.${v}` as 'language.zh'))}
        <div>
          <label htmlFor="f-tag" className={label}>{t('filters.tag')}</label>
          <Input id="f-tag" name="tag" defaultValue={filters.tag ?? ''} autoComplete="off" />
        </div>
        {select('status', exampleStatus.enumValues, (v) => t(`status.${v}` as 'status.accepted'), false)}
      </div>
    </form>
  );
}
