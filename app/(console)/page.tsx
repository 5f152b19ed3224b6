import { redirect } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import { landingPath } from '@/components/console/nav-items';

export default async function ConsoleHome() {
  const me = await requireStaff();
  redirect(landingPath(me.role));
}
