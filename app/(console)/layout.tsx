import { ConsoleShell } from '@/components/console/console-shell';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Providers } from '@/components/providers';
import { requireStaff } from '@/lib/auth/session';
import { permissionsOf } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const me = await requireStaff();
  return (
    // The shell and the error page; each section's own layout sends what its pages need.
    <ClientMessages namespaces={['common']}>
      <ConsoleShell staff={{ name: me.name, email: me.email, role: me.role }} permissions={permissionsOf(me.role)}>
        <Providers>{children}</Providers>
      </ConsoleShell>
    </ClientMessages>
  );
}
