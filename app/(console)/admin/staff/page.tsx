import { requireStaff } from '@/lib/auth/session';

export default async function StaffPage() {
  await requireStaff('staff.manage');
  return <h1 className="text-xl font-semibold">Staff</h1>;
}
