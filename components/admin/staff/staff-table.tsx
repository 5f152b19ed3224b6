import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublicStaff } from '@/lib/staff/queries';
import { StaffRow } from './staff-row';

export async function StaffTable({ members, meId }: { members: PublicStaff[]; meId: string }) {
  const t = await getTranslations('admin.staff.list');
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="staff-list-title" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex items-baseline justify-between border-b border-slate-200 px-4 py-3">
        <h2 id="staff-list-title" className="font-medium text-slate-900">{t('title')}</h2>
        <span className="text-sm text-slate-600">{t('count', { count: members.length })}</span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t('name')}</th>
              <th scope="col" className="px-3 py-2">{t('email')}</th>
              <th scope="col" className="px-3 py-2">{t('role')}</th>
              <th scope="col" className="px-3 py-2">{t('status')}</th>
              <th scope="col" className="px-3 py-2">{t('added')}</th>
              <th scope="col" className="px-3 py-2">{t('actions')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => (
              <StaffRow
                key={m.id}
                isSelf={m.id === meId}
                member={{
                  id: m.id, name: m.name, email: m.email, role: m.role, active: m.active,
                  added: day(m.createdAt),
                  deactivatedSince: !m.active && m.deactivatedAt ? day(m.deactivatedAt) : null,
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
