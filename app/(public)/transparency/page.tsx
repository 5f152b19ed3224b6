import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listPublishedDisclosures } from '@/lib/disclosures/queries';
import { DisclosureArticle } from '@/components/transparency/disclosure-article';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('transparency');
  return { title: t('title'), alternates: { types: { 'application/atom+xml': '/transparency/feed.xml' } } };
}

export default async function TransparencyPage() {
  const t = await getTranslations('transparency');
  const disclosures = await listPublishedDisclosures(await getDb());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
        <a className="mt-1 inline-block text-sm text-brand-700 hover:underline" href="/transparency/feed.xml">{t('feed')}</a>
      </div>
      {disclosures.length === 0 && <p className="text-sm text-slate-600">{t('empty')}</p>}
      {disclosures.map((d) => <DisclosureArticle key={d.id} d={d} link />)}
    </div>
  );
}
