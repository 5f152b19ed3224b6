import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { listAccounts, tagsInUse, type AccountFilter } from '@/lib/accounts/queries';
import { normaliseTag } from '@/lib/accounts/tags';
import { PageHeader } from '@/components/ui/page-header';
import { AccountSearch } from '@/components/accounts/account-search';
import { AccountsTable, accountHref } from '@/components/accounts/accounts-table';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaff('account.view');
  const sp = await searchParams;
  const filter: AccountFilter = {
    q: one(sp.q)?.slice(0, 200), closed: one(sp.closed) === '1', minor: one(sp.minor) === '1',
    sanctioned: one(sp.sanctioned) === '1', agency: one(sp.agency) === '1', tag: normaliseTag(one(sp.tag)?.slice(0, 200) ?? '') || undefined,
  };
  const db = await getDb();
  const [t, rows, tags] = await Promise.all([getTranslations('accounts'), listAccounts(db, filter), tagsInUse(db)]);
  const q = filter.q?.trim();
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      <AccountSearch filter={filter} tags={tags} />
      {/* An account only seen in reports has no row to find: its id still opens its page. */}
      {q && !rows.some((r) => r.id === q) && (
        <p className="text-sm"><Link className="text-brand-700 hover:underline" href={accountHref(q)}>{t('search.openId', { id: q })}</Link></p>
      )}
      <AccountsTable rows={rows} />
    </div>
  );
}
