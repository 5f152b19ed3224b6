import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listStaff } from '@/lib/staff/queries';
import { PageHeader } from '@/components/ui/page-header';
import { CreateStaffForm } from '@/components/admin/staff/create-staff-form';
import { StaffTable } from '@/components/admin/staff/staff-table';

export default async function StaffPage() {
  const me = await requireStaff('staff.manage');
  const t = await getTranslations('admin.staff');
  const members = await listStaff(await getDb());
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')} description={t('description')} />
      <CreateStaffForm />
      <StaffTable members={members} meId={me.id} />
    </div>
  );
}
