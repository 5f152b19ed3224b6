import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t('forbidden.title')}</h1>
      <p className="mt-2 text-slate-600">{t('forbidden.body')}</p>
      <Link className="mt-4 inline-block text-brand-600 underline" href="/">{t('notFound.back')}</Link>
    </main>
  );
}
