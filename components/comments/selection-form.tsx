import { getTranslations } from 'next-intl/server';
import { Field, Input, Select } from '@/components/ui/field';
import type { CategoryOption } from '@/lib/categories/queries';
import type { Selection } from '@/lib/comments/selection';

/** Step one of a bulk action: choose the comments by category or search (a plain GET form). */
export async function SelectionForm({ postId, selection, categories }: { postId: string; selection: Selection; categories: CategoryOption[] }) {
  const t = await getTranslations('comments.bulk');
  return (
    <form method="get" action={`/posts/${postId}`} className="flex flex-wrap items-end gap-3" role="search" aria-label={t('select')}>
      <div className="w-56">
        <Field id="comments-category" label={t('category')}>
          <Select id="comments-category" name="category" defaultValue={selection.categoryId ?? ''}>
            <option value="">{t('anyCategory')}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </Field>
      </div>
      <div className="w-72">
        <Field id="comments-q" label={t('search')}>
          <Input id="comments-q" name="q" type="search" defaultValue={selection.q ?? ''} maxLength={200} />
        </Field>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-slate-100">{t('preview')}</button>
      {(selection.categoryId || selection.q) && <a className="py-2 text-sm text-brand-700 hover:underline" href={`/posts/${postId}`}>{t('clear')}</a>}
    </form>
  );
}
