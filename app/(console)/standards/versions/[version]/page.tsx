import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { StandardsNav } from '@/components/standards/standards-nav';
import { VersionHeading } from '@/components/standards/version-heading';
import { VersionView } from '@/components/standards/version-view';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { loadVersion } from '@/lib/standards/queries';

export default async function StandardsVersionPage({ params }: { params: Promise<{ version: string }> }) {
  const me = await requireStaff('standards.view');
  const editor = can(me.role, 'standards.edit');
  const { version } = await params;
  if (!/^\d{1,9}$/.test(version)) notFound();
  const [t, view] = await Promise.all([getTranslations('standards'), loadVersion(await getDb(), Number(version))]);
  // Drafts are work in progress: only those who may edit them see them.
  if (!view || (view.summary.status === 'draft' && !editor)) notFound();
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} />
      <StandardsNav active={null} editor={editor} />
      <VersionHeading summary={view.summary} />
      <VersionView categories={view.categories} />
    </div>
  );
}
