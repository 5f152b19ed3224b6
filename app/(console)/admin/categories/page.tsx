import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listCategories } from '@/lib/categories/queries';
import { PageHeader } from '@/components/ui/page-header';
import { CategoryTable } from '@/components/admin/categories/category-table';

export default async function CategoriesPage() {
  await requireStaff('category.configure');
  const t = await getTranslations('admin.categories');
  const categories = await listCategories(await getDb());
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <CategoryTable categories={categories} />
    </div>
  );
}
