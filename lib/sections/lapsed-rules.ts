import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sectionNameRules, sections } from '@/db/schema';
import { writeAudit, type Actor } from '@/lib/audit/write';
import { inBatches, JOB_BATCH } from '@/lib/worker/batches';
import { announceSection } from './announce';

const system: Actor = { type: 'system', id: null, label: 'name rule expiry' };

/**
 * A name rule suspends creation "for a period": when its time is up, the sections it suspended open
 * again by themselves, as when a supervisor revokes it, and the platform is told. Rows are taken with
 * SKIP LOCKED so several workers can run; `now` is a parameter so tests control the clock.
 */
export async function reopenLapsedSuspensions(db: Db, now: Date = new Date()): Promise<number> {
  return inBatches(db, async (tx) => {
    const due = await tx.select({ id: sections.id, ruleId: sections.suspendedByRuleId }).from(sections)
      .innerJoin(sectionNameRules, eq(sectionNameRules.id, sections.suspendedByRuleId))
      .where(and(eq(sections.status, 'creation_suspended'), lte(sectionNameRules.until, now)))
      .limit(JOB_BATCH).for('update', { of: sections, skipLocked: true });
    if (!due.length) return 0;
    const rows = await tx.update(sections).set({ status: 'open', suspendedByRuleId: null, updatedAt: sql`now()` })
      .where(inArray(sections.id, due.map((d) => d.id))).returning();
    const ruleOf = new Map(due.map((d) => [d.id, d.ruleId]));
    for (const s of rows) await announceSection(tx, 'section.creation_rule', s, { ruleId: ruleOf.get(s.id), lifted: true, lapsed: true });
    await writeAudit(tx, system, `rule-expiry-${now.toISOString()}`, rows.map((s) => ({
      action: 'section.ruleLapsed', targetType: 'section', targetId: s.id, before: { status: 'creation_suspended', ruleId: ruleOf.get(s.id) }, after: { status: 'open' },
    })));
    return rows.length;
  });
}
