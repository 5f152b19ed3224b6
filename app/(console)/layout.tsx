import { ConsoleShell } from '@/components/console/console-shell';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Providers } from '@/components/providers';
import { requireStaff } from '@/lib/auth/session';
import { permissionsOf } from '@/lib/auth/permissions';
import { getDb } from '@/db/client';
import { wellnessDefaults } from '@/lib/wellness/queries';
import { BreakReminder } from '@/components/wellness/break-reminder';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const me = await requireStaff();
  const { breakMinutes } = await wellnessDefaults(await getDb());
  return (
    // The shell, the break reminder and the error page; each section's own layout sends what its pages need.
    <ClientMessages namespaces={['common', 'palette', 'queue', 'wellness']}>
      <ConsoleShell staff={{ name: me.name, email: me.email, role: me.role }} permissions={permissionsOf(me.role)}>
        <Providers>{children}</Providers>
        <BreakReminder minutes={breakMinutes} />
      </ConsoleShell>
    </ClientMessages>
  );
}
