import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/locale-switcher';

export const dynamic = 'force-dynamic';

// The public side: no session, no console chrome, a narrow column that reads well on a phone.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations('transparency');
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/transparency" className="font-semibold text-slate-900">{t('site')}</Link>
          <LocaleSwitcher />
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
    </div>
  );
}
