import Link from 'next/link';
import { useTranslations } from 'next-intl';

const tabs = [
  { key: 'all', href: '/sections' },
  { key: 'candidates', href: '/sections/candidates' },
  { key: 'inspect', href: '/sections/inspect' },
  { key: 'rules', href: '/sections/name-rules' },
] as const;

export function SectionTabs({ current, showRules }: { current: (typeof tabs)[number]['key']; showRules: boolean }) {
  const t = useTranslations('sections.tabs');
  return (
    <nav aria-label={t('all')} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
      {tabs.filter((tab) => showRules || tab.key !== 'rules').map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? 'page' : undefined}
          className={`rounded-t px-3 py-1.5 text-sm ${tab.key === current ? 'border-b-2 border-brand-600 font-semibold text-brand-700' : 'text-slate-600 hover:text-slate-900'}`}>
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
