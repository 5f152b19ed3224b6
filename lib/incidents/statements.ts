import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { incidentLinks, incidentStatements, incidents, outbox, type IncidentStatement } from '@/db/schema';
import { incidentTerms, incidentsMentionedIn } from './terms';

export type StatementBody = {
  id: string; incidentId: string; incidentTitle: string; source: string; text: string; link: string | null;
  statedAt: string; publishedAt: string;
};

const body = (s: IncidentStatement, incidentTitle: string): StatementBody => ({
  id: s.id, incidentId: s.incidentId, incidentTitle, source: s.source, text: s.text, link: s.link,
  statedAt: s.statedAt.toISOString(), publishedAt: s.publishedAt.toISOString(),
});

/** Tells the platform to pin (published) or unpin (withdrawn) a statement; same transaction as the change. */
export async function announceStatement(tx: Executor, event: 'published' | 'withdrawn', s: IncidentStatement) {
  const [incident] = await tx.select({ title: incidents.title }).from(incidents).where(eq(incidents.id, s.incidentId));
  const keys = await incidentTerms(tx, s.incidentId);
  const sections = await tx.select({ ref: incidentLinks.ref }).from(incidentLinks)
    .where(and(eq(incidentLinks.incidentId, s.incidentId), eq(incidentLinks.kind, 'section')));
  await tx.insert(outbox).values({
    topic: 'incident.statement',
    key: s.id,
    payload: {
      event,
      statement: body(s, incident?.title ?? ''),
      terms: keys[0]?.terms.map((t) => t.term) ?? [],
      sections: sections.map((r) => r.ref),
      withdrawnAt: s.withdrawnAt?.toISOString() ?? null,
    },
  });
}

export type StatementQuery = { incident?: string; term?: string; section?: string };

/**
 * The statements the platform should be showing now: not withdrawn, on incidents that are not
 * closed, found by incident id, by a term the platform saw (a search, a hashtag: any text that
 * mentions one of the incident's key terms or party names) or by a linked section.
 */
export async function currentStatements(db: Executor, q: StatementQuery): Promise<StatementBody[]> {
  const ids = new Set<string>();
  if (q.incident) ids.add(q.incident);
  if (q.term) for (const k of incidentsMentionedIn(q.term, await incidentTerms(db))) ids.add(k.incidentId);
  if (q.section) {
    const rows = await db.select({ id: incidentLinks.incidentId }).from(incidentLinks)
      .where(and(eq(incidentLinks.kind, 'section'), eq(incidentLinks.ref, q.section)));
    for (const r of rows) ids.add(r.id);
  }
  if (!ids.size) return [];
  const rows = await db
    .select({ s: incidentStatements, title: incidents.title })
    .from(incidentStatements)
    .innerJoin(incidents, eq(incidents.id, incidentStatements.incidentId))
    .where(and(inArray(incidentStatements.incidentId, [...ids]), isNull(incidentStatements.withdrawnAt), ne(incidents.status, 'closed')))
    .orderBy(desc(incidentStatements.statedAt), desc(incidentStatements.publishedAt));
  return rows.map((r) => body(r.s, r.title));
}
