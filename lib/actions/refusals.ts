import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import type { Staff } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { countInWindow } from '@/lib/rate-limit/window';

/** Refusals audited per staff member per minute; beyond that one row says more were left out. */
export const AUDITED_REFUSALS_PER_MINUTE = 20;

/**
 * Records that a staff member called an action their role may not use. Called after the action's
 * transaction rolled back, in a transaction of its own, so the attempt leaves a trace; rate-limited
 * so that a script hammering an action cannot grow the append-only log without bound. Never throws:
 * the caller's answer (forbidden) must not turn into a 500 because the record failed.
 */
export async function recordRefusal(db: Db, member: Staff, action: string, permission: string, requestId: string) {
  try {
    await db.transaction(async (tx) => {
      const n = await countInWindow(tx, `refused:${member.id}`, 60_000, new Date());
      if (n > AUDITED_REFUSALS_PER_MINUTE + 1) return;
      const actor = { type: 'staff', id: member.id, label: member.email } as const;
      const entry = n <= AUDITED_REFUSALS_PER_MINUTE
        ? { action: 'action.refused', targetType: 'action', targetId: action, after: { action, permission, role: member.role } }
        : { action: 'action.refused_suppressed', targetType: 'staff', targetId: member.id, after: { perMinute: AUDITED_REFUSALS_PER_MINUTE } };
      await writeAudit(tx, actor, requestId, [entry]);
    });
  } catch (error) {
    console.error(`[action ${action}] request ${requestId}: recording the refusal failed: ${(error as Error).message}`);
  }
}
