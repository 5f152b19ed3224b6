import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { LibraryExample } from '@/db/schema';
import { StatusBadge, VerdictBadge } from './verdict-badge';

/** Results as a dense list; the text is rendered as plain text (reported content is hostile). */
export function ExampleList({ rows, categoryName }: { rows: LibraryExample[]; categoryName: (id: string | null) => string }) {
  const t = useTranslations('library');
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className="px-3 py-2">
          <Link href={`/library/${r.id}`} className="block rounded focus:outline-2 focus:outline-brand-600">
            <p className="line-clamp-2 whitespace-pre-wrap break-words text-sm text-slate-900">{r.text}</p>
            <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
              <VerdictBadge verdict={r.verdict} />
              {r.status !== 'accepted' && <StatusBadge status={r.status} />}
              <span>{categoryName(r.categoryId)}</span>
              {r.channel && <span>· {t(`channel.${r.channel}` as 'channel.post')}</span>}
              <span>· {t(`language.${r.language}` as 'language.zh')}</span>
              {r.tags.map((tag) => <span key={tag} className="rounded bg-slate-100 px-1">#{tag}</span>)}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
