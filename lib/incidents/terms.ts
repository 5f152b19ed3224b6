import { asc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { incidentParties, incidentTerms as termsTable, incidents, type IncidentStatus, type PartyRole } from '@/db/schema';
import { mentions } from './mentions';

export { mentions };

export type KeyParty = { accountId: string; displayName: string; handle: string; role: PartyRole; isMinor: boolean };
export type IncidentKeys = {
  incidentId: string;
  title: string;
  status: IncidentStatus;
  parties: KeyParty[];
  terms: { term: string; language: 'zh' | 'en' }[];
};

/**
 * The one place other capabilities read an incident's parties and key terms from (sections named
 * after an incident, accounts renamed after its parties, hype around it). Without an id: every
 * incident that is not closed.
 */
export async function incidentTerms(db: Executor, incidentId?: string): Promise<IncidentKeys[]> {
  const rows = await db
    .select({ id: incidents.id, title: incidents.title, status: incidents.status })
    .from(incidents)
    .where(incidentId ? eq(incidents.id, incidentId) : ne(incidents.status, 'closed'))
    .orderBy(asc(incidents.createdAt));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [parties, terms] = await Promise.all([
    db.select().from(incidentParties).where(inArray(incidentParties.incidentId, ids)).orderBy(asc(incidentParties.createdAt)),
    db.select().from(termsTable).where(inArray(termsTable.incidentId, ids)).orderBy(asc(termsTable.term)),
  ]);
  return rows.map((r) => ({
    incidentId: r.id,
    title: r.title,
    status: r.status,
    parties: parties.filter((p) => p.incidentId === r.id)
      .map(({ accountId, displayName, handle, role, isMinor }) => ({ accountId, displayName, handle, role, isMinor })),
    terms: terms.filter((t) => t.incidentId === r.id).map(({ term, language }) => ({ term, language })),
  }));
}

/** Everything that names an incident: its key terms and its parties' display names and handles. */
export function namesOf(keys: Pick<IncidentKeys, 'parties' | 'terms'>): string[] {
  const all = [...keys.terms.map((t) => t.term), ...keys.parties.flatMap((p) => [p.displayName, p.handle.replace(/^@/, '')])];
  return [...new Set(all.filter((s) => s.trim().length > 0))];
}

/** The incidents whose key terms or party names `text` mentions. */
export function incidentsMentionedIn(text: string, all: readonly IncidentKeys[]): IncidentKeys[] {
  return all.filter((k) => mentions(text, namesOf(k)).length > 0);
}
