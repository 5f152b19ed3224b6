import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { loadAccountView, tagsInUse } from '@/lib/accounts/queries';
import { accountNotesOf } from '@/lib/notes/notes';
import { AccountTags } from '@/components/accounts/account-tags';
import { NotesPanel } from '@/components/notes/notes-panel';
import { caseRoles } from '@/lib/sanctions/rules';
import { categoryOptions } from '@/lib/categories/queries';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { AccountProfile, NameHistory } from '@/components/accounts/account-profile';
import { AccountCases, AccountComments } from '@/components/accounts/account-content';
import { SanctionList } from '@/components/sanctions/sanction-list';
import { SanctionForm } from '@/components/sanctions/sanction-form';
import { loadProtection } from '@/lib/protection/queries';
import { ProtectionPanel } from '@/components/protection/protection-panel';

export const dynamic = 'force-dynamic';

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff('account.view');
  const raw = (await params).id;
  let id = raw;
  try { id = decodeURIComponent(raw); } catch { /* a stray % in a platform id: use it as given */ }
  if (!id || id.length > 200) notFound();
  const db = await getDb();
  const view = await loadAccountView(db, id);
  if (!view) notFound();
  const [categories, t, tq, protection, notes, inUse] = await Promise.all([
    categoryOptions(db, await getLocale()), getTranslations('accounts'), getTranslations('queue'), loadProtection(db, view.id),
    accountNotesOf(db, view.id), tagsInUse(db),
  ]);
  const a = view.account;
  const title = a?.displayName || a?.handle || view.id;
  const mayAct = can(me.role, 'sanction.apply') || can(me.role, 'sanction.propose');
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2 break-words">{title} {a?.status === 'closed' && <Badge tone="red">{t('status.closed')}</Badge>}</span>}
        description={a?.handle ? `${a.handle} · ${view.id}` : view.id}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <AccountProfile view={view} protection={protection} />
        <NameHistory view={view} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <AccountTags accountId={view.id} tags={view.tags} inUse={inUse} mayTag={can(me.role, 'account.tag')} />
        <NotesPanel subject={{ type: 'account', id: view.id }} notes={notes} mayWrite={can(me.role, 'note.write')} />
      </div>
      <ProtectionPanel protection={protection} canSet={can(me.role, 'protection.set')} />
      <div className="grid gap-4 lg:grid-cols-2">
        <SanctionList rows={view.sanctions} me={me} />
        {mayAct && (
          <SanctionForm
            accountId={view.id}
            closed={view.account?.status === 'closed'}
            suggestions={view.suggestions}
            defaultRole={caseRoles.find((r) => view.incidents.some((i) => i.role === r))}
            categories={categories.filter((c) => c.active).map((c) => ({ id: c.id, label: c.name }))}
            incidents={view.incidents.map((i) => ({ id: i.id, label: i.title }))}
            cases={view.casesAgainst.map((c) => ({ id: c.id, label: `${c.id.slice(0, 8)} · ${tq(`channels.${c.channel}` as 'channels.post')}` }))}
          />
        )}
      </div>
      <AccountCases view={view} />
      <AccountComments view={view} />
    </div>
  );
}
