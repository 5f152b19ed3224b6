import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionPosts, sections } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { announceSection } from './announce';

type Audit = (e: AuditInput) => void;

/**
 * Folds (or unfolds) posts picked one by one from an incident's inspect list, where a dispersal
 * would be too much for the section. All the posts named or none: a missing id refuses the request.
 * One platform message per section, listing its posts. A fold by hand has no dispersal, so a later
 * restore of a dispersal never unfolds it.
 */
export async function setPostsFolded(tx: Tx, postIds: string[], folded: boolean, reason: string, audit: Audit) {
  const unique = [...new Set(postIds)];
  const rows = await tx.select().from(sectionPosts).where(inArray(sectionPosts.id, unique)).orderBy(sectionPosts.id).for('update');
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new DomainError('not_found', `There is no post ${missing.join(', ')}. Nothing was changed.`, { postIds: ['post_not_found'] });
  const changing = rows.filter((p) => p.folded !== folded);
  if (changing.length) {
    await tx.update(sectionPosts).set(folded ? { folded: true } : { folded: false, foldedByDispersalId: null })
      .where(and(inArray(sectionPosts.id, changing.map((p) => p.id)), eq(sectionPosts.folded, !folded)));
  }
  const bySection = new Map<string, typeof changing>();
  for (const p of changing) bySection.set(p.sectionId, [...(bySection.get(p.sectionId) ?? []), p]);
  for (const [sectionId, posts] of bySection) {
    const [section] = await tx.select().from(sections).where(eq(sections.id, sectionId));
    const externalIds = posts.map((p) => p.externalId);
    await announceSection(tx, 'section.posts_folded', section, folded ? { foldPosts: externalIds } : { unfoldPosts: externalIds });
    audit({
      action: folded ? 'section.foldPosts' : 'section.unfoldPosts', targetType: 'section', targetId: sectionId,
      before: { folded: !folded }, after: { folded, posts: externalIds, reason },
    });
  }
  return { changed: changing.length, unchanged: rows.length - changing.length };
}
