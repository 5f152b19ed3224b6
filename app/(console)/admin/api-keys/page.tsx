import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listApiKeys } from '@/lib/apikeys/queries';
import { PageHeader } from '@/components/ui/page-header';
import { CreateApiKeyForm } from '@/components/admin/api-keys/create-api-key-form';
import { ApiKeyTable } from '@/components/admin/api-keys/api-key-table';

export default async function ApiKeysPage() {
  await requireStaff('apikey.manage');
  const t = await getTranslations('admin.apiKeys');
  const keys = await listApiKeys(await getDb());
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <CreateApiKeyForm />
      <ApiKeyTable keys={keys} />
    </div>
  );
}
