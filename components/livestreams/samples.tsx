import { getTranslations } from 'next-intl/server';
import type { BulletSample } from '@/db/schema';
import { NearestExample } from '@/components/library/nearest-example';
import type { NearestExampleView } from '@/lib/library/nearest';

/** The latest intercepted bullet comments, as plain text (hostile content). */
export async function Samples({ samples, categoryNames, examples = {} }: { samples: BulletSample[]; categoryNames: Record<string, string>; examples?: Record<string, NearestExampleView> }) {
  const t = await getTranslations('livestreams');
  if (!samples.length) return <p className="text-sm text-slate-600">{t('detail.noSamples')}</p>;
  return (
    <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto text-sm" data-testid="samples" tabIndex={0}>
      {samples.map((s, i) => (
        <li key={i} className="py-1.5">
          <span className="mr-2 font-mono text-xs text-slate-500">{s.accountId}</span>
          {s.categoryId && <span className="mr-2 text-xs text-amber-800">{categoryNames[s.categoryId] ?? s.categoryId}</span>}
          <span className="whitespace-pre-wrap break-words">{s.text}</span>
          {s.nearestExampleId && <NearestExample example={examples[s.nearestExampleId]} />}
        </li>
      ))}
    </ul>
  );
}
