import { and, desc, eq, exists, ilike, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  accountNames, accountTags, accounts, agencies, agencyMemberships, cases, comments, incidentParties, incidents, posts,
  reports, sanctions, type Account,
} from '@/db/schema';
import { suggestStep, type Suggestion } from '@/lib/sanctions/ladder';
import { caseRoles } from '@/lib/sanctions/rules';
import { contentStrikesOf, loadLadder } from '@/lib/sanctions/suggest';
import { sanctionRows, type SanctionRow } from '@/lib/sanctions/queries';

const LIMIT = 50;

export type AccountFilter = { q?: string; closed?: boolean; minor?: boolean; sanctioned?: boolean; agency?: boolean; tag?: string };
export type AccountListRow = Pick<Account, 'id' | 'handle' | 'displayName' | 'status' | 'isMinor' | 'verification' | 'firstSeenAt'> & { agencyName: string | null; activeSanctions: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The accounts list: search by id, handle or name (current or former), and the page's filters. */
export async function listAccounts(db: Executor, f: AccountFilter, now = new Date()): Promise<AccountListRow[]> {
  const active = and(eq(sanctions.accountId, accounts.id), eq(sanctions.status, 'active'), or(sql`${sanctions.endsAt} is null`, sql`${sanctions.endsAt} > ${now}`));
  const where: SQL[] = [];
  const q = f.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(or(
      eq(accounts.id, q), ilike(accounts.handle, like), ilike(accounts.displayName, like),
      exists(db.select({ x: sql`1` }).from(accountNames).where(and(eq(accountNames.accountId, accounts.id), or(ilike(accountNames.handle, like), ilike(accountNames.displayName, like))))),
    )!);
  }
  if (f.closed) where.push(eq(accounts.status, 'closed'));
  if (f.minor) where.push(eq(accounts.isMinor, true));
  if (f.agency) where.push(isNotNull(accounts.agencyId));
  if (f.sanctioned) where.push(exists(db.select({ x: sql`1` }).from(sanctions).where(active)));
  if (f.tag) where.push(exists(db.select({ x: sql`1` }).from(accountTags).where(and(eq(accountTags.accountId, accounts.id), eq(accountTags.tag, f.tag)))));
  return db.select({
    id: accounts.id, handle: accounts.handle, displayName: accounts.displayName, status: accounts.status, isMinor: accounts.isMinor,
    verification: accounts.verification, firstSeenAt: accounts.firstSeenAt, agencyName: agencies.name,
    activeSanctions: sql<number>`(select count(*)::int from ${sanctions} where ${active})`,
  }).from(accounts).leftJoin(agencies, eq(agencies.id, accounts.agencyId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${accounts.updatedAt} desc nulls last`, accounts.id).limit(LIMIT); // as accounts_updated_idx
}

export type AccountCase = { id: string; status: string; decision: string | null; channel: string; categoryId: string | null; createdAt: Date };
export type AccountView = {
  id: string;
  account: Account | null;
  names: { handle: string; displayName: string; changedAt: Date }[];
  agency: { name: string; externalId: string } | null;
  memberships: { agencyName: string; joinedAt: Date; leftAt: Date | null }[];
  comments: { id: string; text: string; state: string; postedAt: Date; postExternalId: string }[];
  casesAgainst: AccountCase[];
  casesFiled: AccountCase[];
  sanctions: SanctionRow[];
  /** Staff's tags, alphabetical. */
  tags: string[];
  /** Open incidents the account is a party to, with its role there. */
  incidents: { id: string; title: string; role: string }[];
  suggestions: Record<(typeof caseRoles)[number], Suggestion>;
};

/**
 * Everything the account page shows. An account the console has only seen in reports has no row
 * yet: its page still opens (null account) as long as some case names it.
 */
export async function loadAccountView(db: Executor, id: string, now = new Date()): Promise<AccountView | null> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, id));
  const caseCols = { id: cases.id, status: cases.status, decision: cases.decision, channel: cases.channel, categoryId: cases.categoryId, createdAt: cases.createdAt };
  const casesAgainst = await db.select(caseCols).from(cases).where(eq(cases.subjectAccountId, id)).orderBy(desc(cases.createdAt)).limit(LIMIT);
  const casesFiled = await db.selectDistinctOn([cases.createdAt, cases.id], caseCols).from(reports).innerJoin(cases, eq(cases.id, reports.caseId))
    .where(eq(reports.reporterAccountId, id)).orderBy(desc(cases.createdAt), cases.id).limit(LIMIT);
  if (!account && !casesAgainst.length && !casesFiled.length) return null;

  const names = await db.select({ handle: accountNames.handle, displayName: accountNames.displayName, changedAt: accountNames.changedAt })
    .from(accountNames).where(eq(accountNames.accountId, id)).orderBy(desc(accountNames.changedAt));
  const [agency] = account?.agencyId ? await db.select({ name: agencies.name, externalId: agencies.externalId }).from(agencies).where(eq(agencies.id, account.agencyId)) : [];
  const memberships = await db.select({ agencyName: agencies.name, joinedAt: agencyMemberships.joinedAt, leftAt: agencyMemberships.leftAt })
    .from(agencyMemberships).innerJoin(agencies, eq(agencies.id, agencyMemberships.agencyId))
    .where(eq(agencyMemberships.accountId, id)).orderBy(desc(agencyMemberships.joinedAt));
  // Its public comments, gathered from every comment section (notice III.1), newest first.
  const commentRows = await db.select({ id: comments.id, text: comments.text, state: comments.state, postedAt: comments.postedAt, postExternalId: posts.externalId })
    .from(comments).innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(comments.authorAccountId, id)).orderBy(desc(comments.postedAt)).limit(LIMIT);
  const sanctionList = await sanctionRows(db, id, now);
  const incidentRows = await db.select({ id: incidents.id, title: incidents.title, role: incidentParties.role }).from(incidentParties)
    .innerJoin(incidents, eq(incidents.id, incidentParties.incidentId))
    .where(and(eq(incidentParties.accountId, id), sql`${incidents.status} <> 'closed'`));
  const tags = (await db.select({ tag: accountTags.tag }).from(accountTags).where(eq(accountTags.accountId, id)).orderBy(accountTags.tag)).map((r) => r.tag);
  const ladder = await loadLadder(db);
  const history = sanctionList.map((s) => ({ type: s.type, status: s.status, startsAt: s.startsAt, endsAt: s.endsAt, durationHours: s.durationHours }));
  const contentStrikes = await contentStrikesOf(db, id, now);
  const suggestions = Object.fromEntries(caseRoles.map((role) => [role, suggestStep(ladder, {
    role, history, isMinor: account?.isMinor ?? false, now, closed: account?.status === 'closed', contentStrikes,
  })])) as AccountView['suggestions'];
  return {
    id, account: account ?? null, names, agency: agency ?? null, memberships, comments: commentRows,
    casesAgainst, casesFiled, sanctions: sanctionList, tags, incidents: incidentRows, suggestions,
  };
}

/** Tags in use, most used first: offered when tagging and filtering, so that people reuse them. */
export async function tagsInUse(db: Executor, limit = 100): Promise<string[]> {
  const rows = await db.select({ tag: accountTags.tag }).from(accountTags)
    .groupBy(accountTags.tag).orderBy(sql`count(*) desc`, accountTags.tag).limit(limit);
  return rows.map((r) => r.tag);
}
