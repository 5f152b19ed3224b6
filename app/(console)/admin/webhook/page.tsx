import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { activeWebhook, deliveryHealth } from '@/lib/webhooks/queries';
import { PageHeader } from '@/components/ui/page-header';
import { WebhookReceiver } from '@/components/admin/webhook/webhook-receiver';
import { DeliveryHealth } from '@/components/admin/webhook/delivery-health';

export const dynamic = 'force-dynamic';

export default async function WebhookPage() {
  await requireStaff('webhook.manage');
  const db = await getDb();
  const [t, endpoint, health] = await Promise.all([getTranslations('admin.webhook'), activeWebhook(db), deliveryHealth(db)]);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <WebhookReceiver endpoint={endpoint} />
      <DeliveryHealth health={health} />
      <p className="max-w-3xl text-sm text-slate-600">{t('signature')}</p>
    </div>
  );
}
