import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { templateKinds } from '@/lib/templates/render';
import { currentTemplates } from '@/lib/templates/store';
import { PageHeader } from '@/components/ui/page-header';
import { TemplateKindSection } from '@/components/organisation/template-editor';

export const dynamic = 'force-dynamic';

export default async function TemplatesPage() {
  await requireStaff('templates.edit');
  const [t, templates] = await Promise.all([getTranslations('organisation.templates'), currentTemplates(await getDb())]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      {templateKinds.map((kind) => <TemplateKindSection key={kind} kind={kind} templates={templates.filter((x) => x.kind === kind)} />)}
    </div>
  );
}
