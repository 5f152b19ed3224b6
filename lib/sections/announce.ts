import type { Executor } from '@/db/client';
import type { Section } from '@/db/schema';
import { enqueueOutbox } from '@/lib/outbox/enqueue';

export type SectionTopic = 'section.dispersed' | 'section.restored' | 'section.closed' | 'section.creation_rule' | 'section.group_account_closed' | 'section.posts_folded';

/**
 * Tells the platform what to do with a section, keyed by its own id so it applies messages about one
 * section in order. dispersed: drop it from trending and recommendations and fold `foldedPosts`;
 * restored: put back exactly what the dispersal changed; creation_rule: the section matches a name rule;
 * posts_folded: fold (foldPosts) or unfold (unfoldPosts) the posts listed.
 */
export async function announceSection(
  tx: Executor, topic: SectionTopic, section: Pick<Section, 'id' | 'externalId' | 'kind' | 'status'>, extra: Record<string, unknown> = {},
) {
  await enqueueOutbox(tx, topic, section.externalId, {
    sectionId: section.id, externalId: section.externalId, kind: section.kind, status: section.status, ...extra,
  });
}
