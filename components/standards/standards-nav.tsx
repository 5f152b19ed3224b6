import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

type Tab = 'current' | 'history' | 'draft' | 'review';
const hrefs: Record<Tab, string> = { current: '/standards', history: '/standards/history', draft: '/standards/draft', review: '/standards/draft/diff' };

/** The standards pages' tabs; the draft tabs only for those who may edit. */
export async function StandardsNav({ active, editor }: { active: Tab | null; editor: boolean }) {
  const t = await getTranslations('standards.links');
  const tabs: Tab[] = editor ? ['current', 'history', 'draft', 'review'] : ['current', 'history'];
  return (
    <nav aria-label={t('current')} className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link key={tab} href={hrefs[tab]} aria-current={active === tab ? 'page' : undefined}
          className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${active === tab ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}>
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
