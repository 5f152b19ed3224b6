import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Permission } from '@/lib/auth/permissions';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { CommandPalette, type PalettePage } from './command-palette';
import { NavLink } from './nav-link';
import { navGroups, navItems } from './nav-items';

type Props = {
  staff: { name: string; email: string; role: 'moderator' | 'supervisor' | 'admin' };
  permissions: Permission[];
  children: React.ReactNode;
};

/**
 * The console frame: a header with who is signed in, and the pages grouped by kind of work in a
 * sidebar (a supervisor reaches some fifteen pages; one row of links would wrap at laptop width).
 * Below the large breakpoint the groups sit above the page instead.
 */
export async function ConsoleShell({ staff, permissions, children }: Props) {
  const [t, tw, en, zh] = await Promise.all([
    getTranslations('common'), getTranslations('wellness.preferences'),
    getTranslations({ locale: 'en', namespace: 'common' }), getTranslations({ locale: 'zh', namespace: 'common' }),
  ]);
  const items = navItems.filter((i) => permissions.includes(i.permission));
  // The palette finds a page by its name in either language, whichever the user is reading.
  const pages: PalettePage[] = items.map((i) => {
    const key = `nav.${i.label}` as 'nav.queue';
    return { href: i.href, label: t(key), en: en(key), zh: zh(key) };
  });
  const groups = navGroups.map((g) => ({ group: g, items: items.filter((i) => i.group === g) })).filter((g) => g.items.length);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="font-semibold text-slate-900">{t('appName')}</Link>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <CommandPalette pages={pages} />
            <span className="text-slate-600" data-testid="signed-in-as">
              {staff.name} · {t(`roles.${staff.role}`)}
            </span>
            <Link href="/preferences" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">{tw('link')}</Link>
            <LocaleSwitcher />
            <form action="/sign-out" method="post">
              <button type="submit" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">{t('signOut')}</button>
            </form>
          </div>
        </div>
      </header>
      <div className="lg:flex">
        <nav aria-label="Main" className="border-b border-slate-200 bg-white px-3 py-2 lg:sticky lg:top-0 lg:h-screen lg:w-48 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r lg:py-4">
          {/* A phone gets one row of links to scroll sideways, not a screenful of menu before the page; relative, so
              the visually hidden group names stay inside the scrolling row instead of widening the page. */}
          <div className="relative flex gap-x-4 gap-y-2 max-lg:overflow-x-auto max-lg:whitespace-nowrap lg:block lg:space-y-4">
            {groups.map(({ group, items: links }) => (
              <div key={group}>
                <p id={`nav-${group}`} className="px-2.5 pb-1 text-[11px] max-lg:sr-only font-semibold uppercase tracking-wide text-slate-500">{t(`navGroups.${group}`)}</p>
                <ul aria-labelledby={`nav-${group}`} className="flex gap-1 lg:block lg:space-y-0.5">
                  {links.map((i) => <li key={i.href}><NavLink href={i.href}>{t(`nav.${i.label}` as 'nav.queue')}</NavLink></li>)}
                </ul>
              </div>
            ))}
          </div>
        </nav>
        <main id="main" className="min-w-0 flex-1 px-4 py-5 lg:px-6">
          <div className="mx-auto max-w-[1400px]">{children}</div>
        </main>
      </div>
    </div>
  );
}
