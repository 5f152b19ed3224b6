import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { disclosureVersions, disclosures, incidentParties, incidents, staff, type DisclosureVersion } from '@/db/schema';
import { findPersonalData, type Finding } from './personal-data';

export type PublicDisclosure = Pick<DisclosureVersion, 'version' | 'titleEn' | 'bodyEn' | 'titleZh' | 'bodyZh' | 'measures' | 'correctionNote'> & {
  id: string;
  publishedAt: Date;
  firstPublishedAt: Date;
};

const publicColumns = {
  id: disclosureVersions.disclosureId,
  version: disclosureVersions.version,
  titleEn: disclosureVersions.titleEn,
  bodyEn: disclosureVersions.bodyEn,
  titleZh: disclosureVersions.titleZh,
  bodyZh: disclosureVersions.bodyZh,
  measures: disclosureVersions.measures,
  correctionNote: disclosureVersions.correctionNote,
  publishedAt: disclosureVersions.publishedAt,
};

type Row = { [K in keyof typeof publicColumns]: (typeof publicColumns)[K]['_']['data'] | null };

function toPublic(rows: Row[]): PublicDisclosure[] {
  // Rows come newest version first within each disclosure; the oldest tells when it first appeared.
  const byId = new Map<string, Row[]>();
  for (const r of rows) byId.set(r.id!, [...(byId.get(r.id!) ?? []), r]);
  return [...byId.values()].map((versions) => {
    const [latest] = versions;
    return {
      ...(latest as Omit<PublicDisclosure, 'firstPublishedAt'>),
      firstPublishedAt: versions[versions.length - 1].publishedAt!,
    };
  });
}

/**
 * What the public transparency page shows: the newest published version of each disclosure. Only
 * rows with status 'published' are ever read here, so drafts and versions in review cannot leak.
 */
export async function listPublishedDisclosures(db: Executor, limit = 50): Promise<PublicDisclosure[]> {
  const rows = await db.select(publicColumns).from(disclosureVersions)
    .where(eq(disclosureVersions.status, 'published'))
    .orderBy(desc(disclosureVersions.publishedAt), desc(disclosureVersions.version));
  return toPublic(rows).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, limit);
}

/** One disclosure's published versions, newest first (corrections on top), or null if none is published. */
export async function publishedHistory(db: Executor, disclosureId: string): Promise<PublicDisclosure[] | null> {
  const rows = await db.select(publicColumns).from(disclosureVersions)
    .where(and(eq(disclosureVersions.disclosureId, disclosureId), eq(disclosureVersions.status, 'published')))
    .orderBy(desc(disclosureVersions.version));
  if (!rows.length) return null;
  const first = rows[rows.length - 1].publishedAt!;
  return rows.map((r) => ({ ...(r as Omit<PublicDisclosure, 'firstPublishedAt'>), firstPublishedAt: first }));
}

export type DisclosureWorkspace = {
  id: string;
  incident: { id: string; title: string };
  versions: (DisclosureVersion & { authorName: string; reviewerName: string | null })[];
  findings: Finding[];
};

/** The console's view of a disclosure: every version, and what would block publishing the newest. */
export async function loadDisclosure(db: Executor, disclosureId: string): Promise<DisclosureWorkspace | null> {
  const [d] = await db.select({ id: disclosures.id, incidentId: incidents.id, title: incidents.title })
    .from(disclosures).innerJoin(incidents, eq(incidents.id, disclosures.incidentId)).where(eq(disclosures.id, disclosureId));
  if (!d) return null;
  const versions = await db.select().from(disclosureVersions)
    .where(eq(disclosureVersions.disclosureId, disclosureId)).orderBy(desc(disclosureVersions.version));
  const staffIds = [...new Set(versions.flatMap((v) => [v.authorId, v.reviewedBy]).filter((x): x is string => !!x))];
  const names = staffIds.length ? await db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, staffIds)) : [];
  const nameOf = (id: string | null) => names.find((n) => n.id === id)?.name ?? null;
  const latest = versions[0];
  return {
    id: d.id,
    incident: { id: d.incidentId, title: d.title },
    versions: versions.map((v) => ({ ...v, authorName: nameOf(v.authorId) ?? '', reviewerName: nameOf(v.reviewedBy) })),
    findings: latest && latest.status !== 'published' ? await disclosureFindings(db, d.incidentId, latest) : [],
  };
}

export async function disclosureFindings(db: Executor, incidentId: string, v: Pick<DisclosureVersion, 'titleEn' | 'bodyEn' | 'titleZh' | 'bodyZh' | 'correctionNote'>): Promise<Finding[]> {
  const parties = await db.select().from(incidentParties).where(eq(incidentParties.incidentId, incidentId)).orderBy(asc(incidentParties.createdAt));
  const text = [v.titleEn, v.bodyEn, v.titleZh, v.bodyZh, v.correctionNote ?? ''].join('\n');
  return findPersonalData(text, parties);
}
