import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  auditLog, cases, disclosures, disclosureVersions, evidenceSnapshots, incidentCases, incidentLinks, incidentParties,
  incidentStatements, incidentTerms as termsTable, incidents, reports, staff, type EvidenceContent, type Incident,
} from '@/db/schema';
import { timelineConditions } from './timeline-sources';
import { incidentMeasures, type Measures } from './measures';
import { mentions } from './mentions';
import { namesOf } from './terms';

export type IncidentListRow = Incident & { cases: number; parties: number };

export async function listIncidents(db: Executor): Promise<IncidentListRow[]> {
  const rows = await db
    .select({
      incident: incidents,
      // Aliased and qualified by hand: from one table Drizzle writes columns unqualified, and an
      // unqualified "id" inside the subquery would be the party's own id (so every count was 0).
      cases: sql<number>`(select count(*)::int from incident_cases ic where ic.incident_id = incidents.id)`,
      parties: sql<number>`(select count(*)::int from incident_parties ip where ip.incident_id = incidents.id)`,
    })
    .from(incidents)
    .orderBy(sql`${incidents.status} = 'closed'`, desc(incidents.updatedAt));
  return rows.map((r) => ({ ...r.incident, cases: r.cases, parties: r.parties }));
}

export type LinkedCase = {
  id: string; status: string; decision: string | null; channel: string; categoryId: string | null;
  involvesMinor: boolean; reportCount: number; dueAt: Date; linkedAt: Date; text: string;
};
export type MentioningCase = { caseId: string; status: string; channel: string; text: string; receivedAt: Date; terms: string[] };
export type TimelineEntry = { id: number; at: Date; action: string; actorLabel: string | null; targetType: string | null; targetId: string | null; after: unknown };

export type IncidentWorkspace = {
  incident: Incident;
  parties: (typeof incidentParties.$inferSelect)[];
  terms: (typeof termsTable.$inferSelect)[];
  links: (typeof incidentLinks.$inferSelect)[];
  cases: LinkedCase[];
  measures: Measures;
  mentioning: MentioningCase[];
  statements: (typeof incidentStatements.$inferSelect & { publishedByName: string })[];
  disclosures: { id: string; version: number; status: string; titleEn: string; authorId: string; updatedAt: Date }[];
  timeline: TimelineEntry[];
};

export async function loadIncidentWorkspace(db: Executor, incidentId: string): Promise<IncidentWorkspace | null> {
  const [incident] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (!incident) return null;
  const [parties, terms, links, linked, measures, statements, versions] = await Promise.all([
    db.select().from(incidentParties).where(eq(incidentParties.incidentId, incidentId)).orderBy(asc(incidentParties.createdAt)),
    db.select().from(termsTable).where(eq(termsTable.incidentId, incidentId)).orderBy(asc(termsTable.term)),
    db.select().from(incidentLinks).where(eq(incidentLinks.incidentId, incidentId)).orderBy(asc(incidentLinks.linkedAt)),
    linkedCases(db, incidentId),
    incidentMeasures(db, incidentId),
    db.select({ statement: incidentStatements, publishedByName: staff.name }).from(incidentStatements)
      .innerJoin(staff, eq(staff.id, incidentStatements.publishedBy))
      .where(eq(incidentStatements.incidentId, incidentId)).orderBy(desc(incidentStatements.publishedAt)),
    latestVersions(db, incidentId),
  ]);
  const names = namesOf({ parties, terms });
  const [mentioning, timeline] = await Promise.all([
    casesMentioning(db, incidentId, names),
    incidentTimeline(db, incidentId, linked.map((c) => c.id), versions.map((v) => v.id)),
  ]);
  return {
    incident, parties, terms, links, cases: linked, measures, mentioning, timeline,
    statements: statements.map((s) => ({ ...s.statement, publishedByName: s.publishedByName })),
    disclosures: versions,
  };
}

async function linkedCases(db: Executor, incidentId: string): Promise<LinkedCase[]> {
  const rows = await db
    .select({ c: cases, linkedAt: incidentCases.linkedAt, content: evidenceSnapshots.content })
    .from(incidentCases)
    .innerJoin(cases, eq(cases.id, incidentCases.caseId))
    .leftJoin(evidenceSnapshots, eq(evidenceSnapshots.id, cases.firstEvidenceId))
    .where(eq(incidentCases.incidentId, incidentId))
    .orderBy(desc(incidentCases.linkedAt));
  return rows.map(({ c, linkedAt, content }) => ({
    id: c.id, status: c.status, decision: c.decision, channel: c.channel, categoryId: c.categoryId,
    involvesMinor: c.involvesMinor, reportCount: c.reportCount, dueAt: c.dueAt, linkedAt,
    text: (content as EvidenceContent | null)?.text ?? '',
  }));
}

// Candidates are narrowed in SQL with ILIKE over recent reports (hot incidents are recent, and the
// window keeps the scan bounded without a trigram index on snapshots) and confirmed with mentions(),
// which knows word boundaries for English; the newest come first.
const CANDIDATES = 300;
const WINDOW = sql`interval '30 days'`;
const SHOWN = 30;

async function casesMentioning(db: Executor, incidentId: string, names: string[]): Promise<MentioningCase[]> {
  if (!names.length) return [];
  const text = sql`${evidenceSnapshots.content}->>'text'`;
  const like = (n: string) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const anyName = or(...names.flatMap((n): SQL[] => [sql`${text} ilike ${like(n)}`, sql`${reports.description} ilike ${like(n)}`]));
  const linked = db.select({ caseId: incidentCases.caseId }).from(incidentCases).where(eq(incidentCases.incidentId, incidentId));
  const rows = await db
    .select({ caseId: cases.id, status: cases.status, channel: cases.channel, text, description: reports.description, receivedAt: reports.receivedAt })
    .from(reports)
    .innerJoin(cases, eq(cases.id, reports.caseId))
    .innerJoin(evidenceSnapshots, eq(evidenceSnapshots.id, reports.evidenceId))
    .where(and(anyName, sql`${reports.receivedAt} > now() - ${WINDOW}`, sql`${cases.id} not in ${linked}`))
    .orderBy(desc(reports.receivedAt))
    .limit(CANDIDATES);
  const out: MentioningCase[] = [];
  for (const r of rows) {
    if (out.some((o) => o.caseId === r.caseId)) continue;
    const found = mentions(`${r.text ?? ''}\n${r.description ?? ''}`, names);
    if (found.length) out.push({ caseId: r.caseId, status: r.status, channel: r.channel, text: (r.text as string | null) ?? '', receivedAt: r.receivedAt, terms: found });
    if (out.length >= SHOWN) break;
  }
  return out;
}

async function latestVersions(db: Executor, incidentId: string) {
  return db
    .selectDistinctOn([disclosureVersions.disclosureId], {
      id: disclosureVersions.disclosureId, version: disclosureVersions.version, status: disclosureVersions.status,
      titleEn: disclosureVersions.titleEn, authorId: disclosureVersions.authorId, updatedAt: disclosureVersions.updatedAt,
    })
    .from(disclosureVersions)
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(eq(disclosures.incidentId, incidentId))
    .orderBy(disclosureVersions.disclosureId, desc(disclosureVersions.version));
}

const TIMELINE_LIMIT = 200;

/**
 * What happened, from the audit log: the incident's own changes, its disclosures, decisions on its
 * cases, and what other capabilities did in it (lib/incidents/timeline-sources.ts).
 */
export async function incidentTimeline(db: Executor, incidentId: string, caseIds: string[], disclosureIds: string[]): Promise<TimelineEntry[]> {
  const targets = [
    and(eq(auditLog.targetType, 'incident'), eq(auditLog.targetId, incidentId)),
    ...(caseIds.length ? [and(eq(auditLog.targetType, 'case'), inArray(auditLog.targetId, caseIds), eq(auditLog.action, 'case.decide'))] : []),
    ...(disclosureIds.length ? [and(eq(auditLog.targetType, 'disclosure'), inArray(auditLog.targetId, disclosureIds))] : []),
    ...(await timelineConditions(db, incidentId)),
  ];
  return db
    .select({
      id: auditLog.id, at: auditLog.at, action: auditLog.action, actorLabel: auditLog.actorLabel,
      targetType: auditLog.targetType, targetId: auditLog.targetId, after: auditLog.after,
    })
    .from(auditLog)
    .where(or(...targets))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(TIMELINE_LIMIT);
}
