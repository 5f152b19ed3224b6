import { and, asc, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  incidents, sectionClosures, sectionDispersals, sectionNameRules, sectionNames, sectionPosts, sections, staff,
  type Section, type SectionKind, type SectionStatus,
} from '@/db/schema';
import { sectionKind, sectionStatus } from '@/db/schema/sections';

export const PAGE_SIZE = 50;
export type SectionSort = 'heat' | 'flagged';
export type SectionFilters = { kind?: SectionKind; status?: SectionStatus; incident?: string; candidates?: boolean; sort: SectionSort; page: number };

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters from the URL; anything unknown is ignored rather than refused. */
export function parseFilters(q: Record<string, string | string[] | undefined>): SectionFilters {
  const one = (k: string) => (Array.isArray(q[k]) ? q[k]![0] : q[k]) as string | undefined;
  const page = Number.parseInt(one('page') ?? '1', 10);
  return {
    kind: oneOf(sectionKind.enumValues, one('kind')),
    status: oneOf(sectionStatus.enumValues, one('status')),
    incident: uuid.test(one('incident') ?? '') ? one('incident') : undefined,
    candidates: one('candidates') === '1',
    sort: one('sort') === 'flagged' ? 'flagged' : 'heat',
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 1_000) : 1,
  };
}

export const flaggedShare = (s: Pick<Section, 'flaggedItems' | 'totalItems'>) => (s.totalItems > 0 ? s.flaggedItems / s.totalItems : 0);

export type SectionRow = Section & { incidentTitle: string | null; pendingClosure: boolean };

/**
 * Sections for the list, a page at a time (offset paging: staff look at the first pages of the hottest
 * sections). Sections holding self-harm inducing items come first in either order.
 */
export async function listSections(db: Executor, f: SectionFilters): Promise<{ rows: SectionRow[]; hasNext: boolean }> {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(sections.kind, f.kind));
  if (f.status) where.push(eq(sections.status, f.status));
  if (f.incident) where.push(eq(sections.incidentId, f.incident));
  if (f.candidates) where.push(isNotNull(sections.botSuspectedAt));
  const share = sql`${sections.flaggedItems}::float8 / nullif(${sections.totalItems}, 0)`;
  const order = f.sort === 'flagged'
    ? [sql`${share} desc nulls last`, desc(sections.heatPerHour)]
    : [desc(sections.heatPerHour), sql`${share} desc nulls last`];
  const rows = await db.select({
    section: sections, incidentTitle: incidents.title,
    pendingClosure: sql<boolean>`exists (select 1 from ${sectionClosures} where ${sectionClosures.sectionId} = ${sections.id} and ${sectionClosures.status} = 'pending')`,
  }).from(sections)
    .leftJoin(incidents, eq(incidents.id, sections.incidentId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${sections.selfHarmItems} > 0 desc`, ...order, asc(sections.id))
    .limit(PAGE_SIZE + 1).offset((f.page - 1) * PAGE_SIZE);
  return {
    rows: rows.slice(0, PAGE_SIZE).map((r) => ({ ...r.section, incidentTitle: r.incidentTitle, pendingClosure: r.pendingClosure })),
    hasNext: rows.length > PAGE_SIZE,
  };
}

export async function incidentOptions(db: Executor) {
  return db.select({ id: incidents.id, title: incidents.title }).from(incidents)
    .where(sql`${incidents.status} <> 'closed'`).orderBy(desc(incidents.updatedAt)).limit(200);
}

export async function loadSection(db: Executor, id: string) {
  if (!uuid.test(id)) return null;
  const [row] = await db.select({ section: sections, incidentTitle: incidents.title }).from(sections)
    .leftJoin(incidents, eq(incidents.id, sections.incidentId)).where(eq(sections.id, id));
  if (!row) return null;
  const proposer = staff;
  const [names, posts, dispersals, closures, rule] = await Promise.all([
    db.select().from(sectionNames).where(eq(sectionNames.sectionId, id)).orderBy(desc(sectionNames.changedAt)),
    db.select().from(sectionPosts).where(eq(sectionPosts.sectionId, id)).orderBy(desc(sectionPosts.flagged), desc(sectionPosts.postedAt)).limit(100),
    db.select({ d: sectionDispersals, by: staff.name }).from(sectionDispersals).innerJoin(staff, eq(staff.id, sectionDispersals.dispersedBy))
      .where(eq(sectionDispersals.sectionId, id)).orderBy(desc(sectionDispersals.dispersedAt)),
    db.select({ c: sectionClosures, proposerName: proposer.name, deciderName: sql<string | null>`(select name from ${staff} s2 where s2.id = ${sectionClosures.decidedBy})` })
      .from(sectionClosures).innerJoin(proposer, eq(proposer.id, sectionClosures.proposedBy))
      .where(eq(sectionClosures.sectionId, id)).orderBy(desc(sectionClosures.proposedAt)),
    row.section.suspendedByRuleId
      ? db.select().from(sectionNameRules).where(eq(sectionNameRules.id, row.section.suspendedByRuleId)).then((r) => r[0] ?? null)
      : Promise.resolve(null),
  ]);
  return {
    section: row.section, incidentTitle: row.incidentTitle, names, posts, rule,
    dispersals: dispersals.map((r) => ({ ...r.d, byName: r.by })),
    closures: closures.map((r) => ({ ...r.c, proposerName: r.proposerName, deciderName: r.deciderName })),
  };
}
export type SectionDetail = NonNullable<Awaited<ReturnType<typeof loadSection>>>;

export async function listRules(db: Executor) {
  return db.select({
    rule: sectionNameRules, createdByName: staff.name,
    suspended: sql<number>`(select count(*)::int from ${sections} where ${sections.suspendedByRuleId} = ${sectionNameRules.id} and ${sections.status} = 'creation_suspended')`,
  }).from(sectionNameRules).innerJoin(staff, eq(staff.id, sectionNameRules.createdBy))
    .orderBy(sql`${sectionNameRules.revokedAt} is not null`, desc(sectionNameRules.createdAt)).limit(200);
}

