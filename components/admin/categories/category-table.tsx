import { getLocale, getTranslations } from 'next-intl/server';
import type { Category } from '@/db/schema';
import { categoryName } from '@/lib/categories/queries';
import { CategoryRow } from './category-row';

export async function CategoryTable({ categories }: { categories: Category[] }) {
  const t = await getTranslations('admin.categories');
  const locale = await getLocale();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t('category')}</th>
            <th scope="col" className="px-3 py-2">{t('severity')}</th>
            <th scope="col" className="px-3 py-2">{t('dueMinutes')}</th>
            <th scope="col" className="px-3 py-2">{t('active')}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t('save')}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {categories.map((c) => (
            <CategoryRow
              key={c.id}
              category={{ id: c.id, name: categoryName(c, locale), severity: c.severity, dueMinutes: c.dueMinutes, active: c.active, selfHarm: c.selfHarm }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
