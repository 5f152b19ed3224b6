import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { DemoLogins } from '@/components/auth/demo-logins';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { HOME, safeNextPath } from '@/lib/auth/next-path';
import { currentStaff } from '@/lib/auth/session';
import { demoStaff, isDemoMode, DEMO_PASSWORD } from '@/lib/demo/mode';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentStaff()) redirect('/');
  const [t, { next: asked }] = await Promise.all([getTranslations('auth'), searchParams]);
  const next = safeNextPath(asked);
  const demo = isDemoMode()
    // Every demo login, the second supervisor included: four-eyes decisions need two supervisors.
    ? demoStaff.map((s) => ({ ...s, password: DEMO_PASSWORD }))
    : [];
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <LocaleSwitcher />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm next={next === HOME ? undefined : next} />
      </div>
      {demo.length > 0 && <DemoLogins logins={demo} />}
    </main>
  );
}
