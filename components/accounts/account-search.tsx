import { getTranslations } from 'next-intl/server';
import type { AccountFilter } from '@/lib/accounts/queries';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';

const flags = ['closed', 'minor', 'sanctioned', 'agency'] as const;

/** A plain GET form: the search and filters live in the URL, so a result can be linked and reloaded. */
export async function AccountSearch({ filter, tags = [] }: { filter: AccountFilter; tags?: string[] }) {
  const t = await getTranslations('accounts.search');
  const tt = await getTranslations('tags');
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="min-w-72 flex-1 space-y-1">
        <label htmlFor="account-q" className="block text-sm font-medium text-slate-700">{t('label')}</label>
        <Input id="account-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={200} />
      </div>
      <div className="space-y-1">
        <label htmlFor="account-tag-filter" className="block text-sm font-medium text-slate-700">{tt('filter')}</label>
        <Select id="account-tag-filter" name="tag" defaultValue={filter.tag ?? ''}>
          <option value="">{tt('filterAny')}</option>
          {/* A tag in the link that is no longer in use still shows as chosen. */}
          {[...new Set([...(filter.tag ? [filter.tag] : []), ...tags])].map((tag) => <option key={tag} value={tag}>{tag}</option>)}
        </Select>
      </div>
      <fieldset className="flex flex-wrap items-center gap-3 text-sm">
        <legend className="sr-only">{t('filters')}</legend>
        {flags.map((flag) => (
          <label key={flag} className="inline-flex items-center gap-1.5">
            <input type="checkbox" name={flag} value="1" defaultChecked={!!filter[flag]} className="h-4 w-4" />
            {t(flag)}
          </label>
        ))}
      </fieldset>
      <Button type="submit">{t('submit')}</Button>
    </form>
  );
}
