import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { StandardsNav } from '@/components/standards/standards-nav';
import { VersionHeading } from '@/components/standards/version-heading';
import { VersionView } from '@/components/standards/version-view';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadPublished } from '@/lib/standards/queries';

export default async function StandardsPage() {
  const me = await requireStaff('standards.view');
  const [t, published] = await Promise.all([getTranslations('standards'), loadPublished(await getDb())]);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <StandardsNav active="current" editor={can(me.role, 'standards.edit')} />
      {published ? (
        <>
          <VersionHeading summary={published.summary} />
          <VersionView categories={published.categories} />
        </>
      ) : <p className="text-sm text-slate-600">{t('noPublished')}</p>}
    </div>
  );
}
