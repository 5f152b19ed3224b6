import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { NearestExampleView } from '@/lib/library/nearest';

/**
 * The accepted library example a flagged item was found near, as plain text with its verdict and
 * category, linking to the example: why the check flagged it. Usable from server and client components.
 */
export function NearestExample({ example }: { example: NearestExampleView | null | undefined }) {
  const t = useTranslations('library.nearest');
  const v = useTranslations('library.verdict');
  const locale = useLocale();
  if (!example) return null;
  const category = (locale === 'zh' ? example.categoryZh : example.categoryEn) ?? t('noCategory');
  return (
    <p className="mt-1 rounded border-l-2 border-slate-300 bg-slate-50 px-2 py-1 text-xs text-slate-700" data-testid="nearest-example">
      <span className="font-medium">{t('label')}</span>{' '}
      <span>{t('verdictCategory', { verdict: v(example.verdict), category })}</span>{' '}
      <Link href={`/library/${example.id}`} className="whitespace-pre-wrap break-words text-brand-700 hover:underline">{example.text}</Link>
    </p>
  );
}
