import { requireStaff } from '@/lib/auth/session';

export default async function QueuePage() {
  await requireStaff('queue.view');
  return <h1 className="text-xl font-semibold">Queue</h1>;
}
