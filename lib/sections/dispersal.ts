import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { incidentLinks, incidents, sectionDispersals, sectionPosts, sections, type Section, type Staff } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { announceSection } from './announce';

type Audit = (e: AuditInput) => void;
const onSection = (id: string) => ({ targetType: 'section', targetId: id });

/**
 * The sections named, locked, in the order given. Any id that is missing refuses the whole request,
 * so a bulk action changes all of its sections or none.
 */
export async function lockSections(tx: Tx, ids: string[]): Promise<Section[]> {
  const unique = [...new Set(ids)];
  const rows = await tx.select().from(sections).where(inArray(sections.id, unique)).orderBy(sections.id).for('update');
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new DomainError('not_found', `There is no section ${missing.join(', ')}. Nothing was changed.`, { sectionIds: ['section_not_found'] });
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

async function assertIncident(tx: Tx, incidentId: string) {
  const [row] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, incidentId));
  if (!row) throw new DomainError('not_found', 'There is no such incident.', { incidentId: ['incident_not_found'] });
}

/**
 * Takes a section out of trending and recommendations and folds its flagged posts. The dispersal
 * row remembers the status it replaced and each post it folded, so restore undoes exactly that.
 */
export async function disperse(tx: Tx, section: Section, by: Staff, opts: { incidentId?: string | null; reason: string }, audit: Audit) {
  if (section.status === 'dispersed' || section.status === 'closed') {
    throw new DomainError('conflict', `Section "${section.name}" is already ${section.status}. Nothing was changed.`, { sectionIds: [`section_already_${section.status}`] });
  }
  const incidentId = opts.incidentId ?? section.incidentId;
  const [d] = await tx.insert(sectionDispersals).values({
    sectionId: section.id, incidentId, previousStatus: section.status, reason: opts.reason, dispersedBy: by.id,
  }).returning();
  const folded = await tx.update(sectionPosts).set({ folded: true, foldedByDispersalId: d.id })
    .where(and(eq(sectionPosts.sectionId, section.id), eq(sectionPosts.flagged, true), eq(sectionPosts.folded, false)))
    .returning({ externalId: sectionPosts.externalId });
  const [row] = await tx.update(sections).set({ status: 'dispersed', dispersedAt: sql`now()`, dispersedBy: by.id, updatedAt: sql`now()` })
    .where(eq(sections.id, section.id)).returning();
  await announceSection(tx, 'section.dispersed', row, { trending: false, recommended: false, foldPosts: folded.map((p) => p.externalId) });
  audit({ action: 'section.disperse', ...onSection(section.id), before: { status: section.status }, after: { status: 'dispersed', dispersalId: d.id, incidentId, reason: opts.reason, postsFolded: folded.length } });
  return row;
}

export async function restore(tx: Tx, section: Section, by: Staff, reason: string, audit: Audit) {
  const [d] = await tx.select().from(sectionDispersals)
    .where(and(eq(sectionDispersals.sectionId, section.id), isNull(sectionDispersals.restoredAt))).for('update');
  if (section.status !== 'dispersed' || !d) {
    throw new DomainError('conflict', `Section "${section.name}" is not dispersed.`, { sectionId: ['section_not_dispersed'] });
  }
  const unfolded = await tx.update(sectionPosts).set({ folded: false, foldedByDispersalId: null })
    .where(eq(sectionPosts.foldedByDispersalId, d.id)).returning({ externalId: sectionPosts.externalId });
  await tx.update(sectionDispersals).set({ restoredAt: sql`now()`, restoredBy: by.id }).where(eq(sectionDispersals.id, d.id));
  const [row] = await tx.update(sections).set({ status: d.previousStatus, dispersedAt: null, dispersedBy: null, updatedAt: sql`now()` })
    .where(eq(sections.id, section.id)).returning();
  await announceSection(tx, 'section.restored', row, { trending: true, recommended: true, unfoldPosts: unfolded.map((p) => p.externalId) });
  audit({ action: 'section.restore', ...onSection(section.id), before: { status: 'dispersed', dispersalId: d.id }, after: { status: row.status, reason, postsUnfolded: unfolded.length } });
  return row;
}

/** Links a section to an incident (also as an incident link, which the authoritative-statements API reads by section id). */
export async function linkToIncident(tx: Tx, section: Section, incidentId: string, by: Staff, audit: Audit) {
  await assertIncident(tx, incidentId);
  if (section.incidentId === incidentId) return section;
  const [row] = await tx.update(sections).set({ incidentId, linkedBy: by.id, updatedAt: sql`now()` }).where(eq(sections.id, section.id)).returning();
  await tx.insert(incidentLinks).values({ incidentId, kind: 'section', ref: section.externalId, linkedBy: by.id }).onConflictDoNothing();
  audit({ action: 'section.link', ...onSection(section.id), before: { incidentId: section.incidentId }, after: { incidentId } });
  return row;
}

export { assertIncident };
