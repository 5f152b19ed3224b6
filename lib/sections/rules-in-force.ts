import { and, gt, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sectionNameRules } from '@/db/schema';
import { refusingRule, type NameRule } from './name-rules';

export type StoredRule = NameRule & { reason: string };

/** Rules not revoked and not yet expired; few enough at any time to match in memory. */
export async function rulesInForce(db: Executor, now: Date): Promise<StoredRule[]> {
  return db.select({
    id: sectionNameRules.id, pattern: sectionNameRules.pattern, match: sectionNameRules.match, kinds: sectionNameRules.kinds,
    until: sectionNameRules.until, revokedAt: sectionNameRules.revokedAt, reason: sectionNameRules.reason,
  }).from(sectionNameRules).where(and(isNull(sectionNameRules.revokedAt), gt(sectionNameRules.until, now)));
}

/**
 * What the platform is told when a name is refused: the rule's id, its pattern and until when.
 * The pattern is the name the platform's user just typed (or a part of it), so revealing it tells
 * them nothing new; the staff's reason and the linked incident stay inside the console.
 */
export function refusal(rule: StoredRule) {
  return { allowed: false as const, rule: { id: rule.id, pattern: rule.pattern, match: rule.match }, until: rule.until.toISOString() };
}

export { refusingRule };
