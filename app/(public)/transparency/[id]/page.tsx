import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { publishedHistory } from '@/lib/disclosures/queries';
import { DisclosureArticle } from '@/components/transparency/disclosure-article';

export default async function PublicDisclosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, format, history] = await Promise.all([getTranslations('transparency'), getFormatter(), publishedHistory(await getDb(), id)]);
  if (!history) notFound();
  const [current, ...earlier] = history;
  return (
    <div className="space-y-4">
      <Link className="text-sm text-brand-700 hover:underline" href="/transparency">← {t('back')}</Link>
      <DisclosureArticle d={current} full />
      {earlier.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">{t('earlier', { count: earlier.length })}</summary>
          <ul className="mt-2 space-y-1 text-slate-600">
            {earlier.map((v) => <li key={v.version}>v{v.version} · {format.dateTime(v.publishedAt, { dateStyle: 'long' })}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}
