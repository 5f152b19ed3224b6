import { and, asc, desc, eq, gte, ilike, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, cases, incidents, type StaffRole } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { caseIdRange } from '@/lib/reports/short-id';

/** One thing found: `status` and `channel` are raw values the palette translates, `detail` is plain text. */
export type PaletteHit = { kind: 'case' | 'account' | 'incident'; id: string; href: string; label: string; detail?: string; status?: string; channel?: string };

const PER_KIND = 5;
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * What the command palette finds on the server for what was typed, limited to what the role may
 * open: cases by full or short id (a primary-key range), accounts by id or handle, incidents by title.
 */
export async function paletteSearch(db: Executor, role: StaffRole, typed: string): Promise<PaletteHit[]> {
  const q = typed.trim();
  if (!q) return [];
  const hits: PaletteHit[] = [];
  const range = caseIdRange(q);
  if (range && can(role, 'case.view')) {
    const rows = await db.select({ id: cases.id, status: cases.status, channel: cases.channel }).from(cases)
      .where(and(gte(cases.id, range.from), lte(cases.id, range.to))).orderBy(asc(cases.id)).limit(PER_KIND);
    hits.push(...rows.map((r) => ({ kind: 'case' as const, id: r.id, href: `/cases/${r.id}`, label: r.id.slice(0, 8), status: r.status, channel: r.channel })));
  }
  if (can(role, 'account.view') && q.length >= 2) {
    const handle = q.replace(/^@/, '');
    const rows = await db.select({ id: accounts.id, handle: accounts.handle, name: accounts.displayName }).from(accounts)
      .where(or(eq(accounts.id, q), ilike(accounts.handle, likeText(handle)), ilike(accounts.displayName, likeText(q))))
      .orderBy(sql`${accounts.id} = ${q} desc`, desc(accounts.updatedAt)).limit(PER_KIND);
    hits.push(...rows.map((r) => ({ kind: 'account' as const, id: r.id, href: `/accounts/${encodeURIComponent(r.id)}`, label: r.handle ? `@${r.handle}` : r.id, detail: r.name || r.id })));
  }
  if (can(role, 'incident.view') && q.length >= 2) {
    const rows = await db.select({ id: incidents.id, title: incidents.title, status: incidents.status }).from(incidents)
      .where(ilike(incidents.title, likeText(q))).orderBy(desc(incidents.updatedAt)).limit(PER_KIND);
    hits.push(...rows.map((r) => ({ kind: 'incident' as const, id: r.id, href: `/incidents/${r.id}`, label: r.title, status: r.status })));
  }
  return hits;
}
