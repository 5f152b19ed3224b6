import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Permission } from '@/lib/auth/permissions';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { NavLink } from './nav-link';
import { navItems } from './nav-items';

type Props = {
  staff: { name: string; email: string; role: 'moderator' | 'supervisor' | 'admin' };
  permissions: Permission[];
  children: React.ReactNode;
};

export async function ConsoleShell({ staff, permissions, children }: Props) {
  const t = await getTranslations('common');
  const items = navItems.filter((i) => permissions.includes(i.permission));
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="font-semibold text-slate-900">{t('appName')}</Link>
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            {items.map((i) => <NavLink key={i.href} href={i.href}>{t(`nav.${i.label}` as 'nav.queue')}</NavLink>)}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-slate-600" data-testid="signed-in-as">
              {staff.name} · {t(`roles.${staff.role}`)}
            </span>
            <LocaleSwitcher />
            <form action="/sign-out" method="post">
              <button type="submit" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">{t('signOut')}</button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-[1400px] px-4 py-5">{children}</main>
    </div>
  );
}
