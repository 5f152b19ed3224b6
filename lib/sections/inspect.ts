import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { incidents, sectionPosts, sections, type Section, type SectionPost } from '@/db/schema';
import { mentions, namesOf, incidentTerms } from '@/lib/incidents/terms';

const LIMIT = 300;
const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

export type InspectHit = { section: Section; nameTerms: string[]; posts: (SectionPost & { terms: string[] })[] };

/**
 * Every section, and every post in a section, whose name or text mentions the incident's key terms or
 * its parties' names (lib/incidents/terms.ts). The database narrows by case-insensitive substring; the
 * shared matcher then decides (Chinese by substring, other languages by whole word). Sections already
 * linked to the incident are listed too.
 */
export async function inspectIncident(db: Executor, incidentId: string) {
  const [keys] = await incidentTerms(db, incidentId);
  if (!keys) return null;
  const names = namesOf(keys);
  const anyName = (col: SQL | typeof sections.name) => (names.length ? or(...names.map((n) => sql`${col} ilike ${like(n)}`)) : sql`false`);
  const [byName, posts] = await Promise.all([
    db.select().from(sections).where(or(anyName(sections.name), eq(sections.incidentId, incidentId)))
      .orderBy(desc(sections.heatPerHour)).limit(LIMIT),
    db.select().from(sectionPosts).where(anyName(sql`${sectionPosts.text}`)).orderBy(desc(sectionPosts.postedAt)).limit(LIMIT),
  ]);
  const matchingPosts = posts.map((p) => ({ ...p, terms: mentions(p.text, names) })).filter((p) => p.terms.length);
  const missing = [...new Set(matchingPosts.map((p) => p.sectionId))].filter((id) => !byName.some((s) => s.id === id));
  const more = missing.length ? await db.select().from(sections).where(inArray(sections.id, missing)) : [];
  const hits: InspectHit[] = [...byName, ...more]
    .map((section) => ({ section, nameTerms: mentions(section.name, names), posts: matchingPosts.filter((p) => p.sectionId === section.id) }))
    .filter((h) => h.nameTerms.length || h.posts.length || h.section.incidentId === incidentId)
    .sort((a, b) => b.section.heatPerHour - a.section.heatPerHour);
  const [incident] = await db.select({ id: incidents.id, title: incidents.title }).from(incidents).where(and(eq(incidents.id, incidentId)));
  return { incident, names, hits, postsFound: matchingPosts.length };
}
