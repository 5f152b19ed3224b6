import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';

/** A moderator rereading a case while deciding it is one access, not twenty. */
export const CASE_VIEW_WINDOW_MINUTES = 15;

/**
 * Opening a case shows reported content and personal data, so who read which case is on record:
 * one `case.view` audit row per staff member and case per window. A single statement, so it needs
 * no transaction of its own; two tabs opened at the same instant may both write, which is harmless.
 */
export async function recordCaseView(db: Executor, viewer: { id: string; email: string }, caseId: string): Promise<void> {
  await db.execute(sql`
    insert into audit_log (actor_type, actor_id, actor_label, action, target_type, target_id, request_id)
    select 'staff', ${viewer.id}, ${viewer.email}, 'case.view', 'case', ${caseId}, ${randomUUID()}
    where not exists (
      select 1 from audit_log
      where target_type = 'case' and target_id = ${caseId} and actor_id = ${viewer.id} and action = 'case.view'
        and at > now() - make_interval(mins => ${CASE_VIEW_WINDOW_MINUTES})
    )`);
}
