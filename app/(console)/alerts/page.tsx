import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { AlertBoard } from '@/components/alerts/alert-board';
import { PageHeader } from '@/components/ui/page-header';
import { loadAlertBoard } from '@/lib/alerts/queries';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export default async function AlertsPage() {
  const me = await requireStaff('alert.view');
  const [board, t] = await Promise.all([loadAlertBoard(await getDb()), getTranslations('alerts')]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AlertBoard initial={board} serverNow={Date.now()} canAct={can(me.role, 'alert.act')} canProtect={can(me.role, 'protection.set')} />
    </>
  );
}
