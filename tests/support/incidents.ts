import type { Executor } from '@/db/client';
import { disclosureVersions, disclosures, incidentParties, incidentTerms, incidents, type DisclosureStatus, type Staff } from '@/db/schema';

let n = 0;

/** An incident written straight to the tables, with one targeted party and its names as key terms. */
export async function insertIncident(db: Executor, opts: { createdBy?: string | null; status?: 'watching' | 'active' | 'contained' | 'closed' } = {}) {
  n += 1;
  const tag = `${Date.now().toString(36)}${n}`;
  const [incident] = await db.insert(incidents)
    .values({ title: `Incident ${tag}`, summary: 'test', risk: 'high', status: opts.status ?? 'active', createdBy: opts.createdBy ?? null })
    .returning();
  const [party] = await db.insert(incidentParties).values({
    incidentId: incident.id, accountId: `acct-${tag}`, displayName: `Person${tag}`, handle: `@handle_${tag}`, role: 'targeted_person',
  }).returning();
  await db.insert(incidentTerms).values({ incidentId: incident.id, term: `Person${tag}`, language: 'en' });
  return { incident, party, tag };
}

/** A disclosure on the incident, its single version written by `author` in the given state. */
export async function insertDisclosure(db: Executor, incidentId: string, author: Staff, status: DisclosureStatus = 'in_review') {
  const [d] = await db.insert(disclosures).values({ incidentId, createdBy: author.id }).returning();
  const [v] = await db.insert(disclosureVersions).values({
    disclosureId: d.id, version: 1, status, titleEn: 'How we handled it', bodyEn: 'We removed 3 comments.',
    titleZh: '处置情况', bodyZh: '平台删除评论 3 条。', measures: { contentRemoved: 3 }, authorId: author.id,
    ...(status === 'published' ? { publishedAt: new Date(), publishedBy: author.id } : {}),
  }).returning();
  return { disclosure: d, version: v };
}
