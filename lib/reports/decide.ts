import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '@/db/client';
import { queryRows } from '@/db/query';
import { accounts, cases, categories, decisions, type Staff } from '@/db/schema';
import type { AuditInput } from '@/lib/audit/write';
import { DomainError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { currentStandardsVersion } from '@/lib/standards/store';
import { recordSanction } from '@/lib/sanctions/store';
import { leaseExpired } from './claim';
import { needsReason, statusAfter, type DecisionInput } from './decision-rules';

export type DecisionOutcome = {
  caseId: string;
  decisionId: string;
  action: DecisionInput['action'];
  status: 'escalated' | 'decided';
  /** The case's status before: tells the UI which queue to continue in. */
  from: 'open' | 'escalated';
  outboxMessages: number;
  /** The warning sanction a "warn" decision put on the poster's account (none when it is closed). */
  warningSanctionId?: string;
};

/**
 * Records a decision on a case the decider holds. The lease is the guard: one conditional UPDATE
 * succeeds only while the case is still theirs and unexpired, so a moderator whose lease ran out
 * (and whose case someone else may now hold) cannot overwrite anything. Must run inside the
 * caller's transaction, together with the audit row it returns.
 *
 * A bulk decision is guarded by its row locks instead (`held: 'row-lock'`): the batch has locked
 * its cases and refused any another moderator holds, and it cannot claim them one by one because a
 * moderator holds one case at a time (cases_held_by_uq) — usually the one open in their other tab.
 */
export async function decideCase(
  tx: Executor, decider: Pick<Staff, 'id' | 'role'>, input: DecisionInput, { held = 'lease' }: { held?: 'lease' | 'row-lock' } = {},
): Promise<{ outcome: DecisionOutcome; audit: AuditInput }> {
  const [before] = await tx.select().from(cases).where(eq(cases.id, input.caseId));
  if (!before) throw new DomainError('not_found', 'There is no such case.');
  if (before.status === 'decided') throw new DomainError('conflict', 'This case has already been decided.');
  if (before.status === 'escalated') {
    if (!can(decider.role, 'escalation.decide')) throw new DomainError('forbidden', 'Only a supervisor decides escalated cases.');
    if (input.action === 'escalate') {
      throw new DomainError('invalid_input', 'This case is already escalated: decide it.', { action: ['already_escalated'] });
    }
  }
  if (input.categoryId) {
    const [category] = await tx.select({ id: categories.id }).from(categories).where(and(eq(categories.id, input.categoryId), eq(categories.active, true)));
    if (!category) throw new DomainError('invalid_input', `Unknown category: ${input.categoryId}.`, { categoryId: ['unknown_category'] });
  }

  const status = statusAfter(input.action);
  const final = status === 'decided';
  const [after] = await tx
    .update(cases)
    .set({
      status,
      decision: final ? input.action : null,
      decidedBy: final ? decider.id : before.decidedBy,
      decidedAt: final ? sql`now()` : before.decidedAt,
      firstActionAt: sql`coalesce(${cases.firstActionAt}, now())`,
      categoryId: input.categoryId ?? before.categoryId,
      claimedBy: null,
      leaseExpiresAt: null,
      updatedAt: sql`now()`,
    })
    .where(held === 'lease'
      ? sql`${cases.id} = ${input.caseId} and ${cases.claimedBy} = ${decider.id}
      and ${cases.leaseExpiresAt} > now() and ${cases.status} = ${before.status}`
      : sql`${cases.id} = ${input.caseId} and ${cases.status} = ${before.status}
      and (${cases.claimedBy} is null or ${cases.claimedBy} = ${decider.id} or ${cases.leaseExpiresAt} <= now())`)
    .returning();
  if (!after) throw leaseExpired();

  const reason = needsReason(input.action) ? input.reason ?? null : null;
  // An escalation is not an outcome: the reporters hear once the supervisor decides.
  const messages = final ? await queueOutcomes(tx, before.id, input.action, reason, after.categoryId) : 0;
  const warningSanctionId = input.action === 'warn' ? await warnPoster(tx as Tx, after, decider.id, input.note) : undefined;
  const [decision] = await tx
    .insert(decisions)
    .values({
      caseId: before.id, decidedBy: decider.id, action: input.action, reason, categoryId: input.categoryId ?? null, note: input.note || null,
      // The standards the decider worked under, so the decision can be judged by the rules of its day.
      standardsVersion: await currentStandardsVersion(tx),
      // What undoing or reversing it restores (lib/reports/undo.ts).
      previousStatus: before.status, previousCategoryId: before.categoryId, previousFirstActionAt: before.firstActionAt,
      warningSanctionId: warningSanctionId ?? null,
    })
    .returning({ id: decisions.id });

  return {
    outcome: { caseId: before.id, decisionId: decision.id, action: input.action, status, from: before.status, outboxMessages: messages, ...(warningSanctionId ? { warningSanctionId } : {}) },
    audit: {
      action: 'case.decide',
      targetType: 'case',
      targetId: before.id,
      before: { status: before.status, categoryId: before.categoryId, claimedBy: before.claimedBy, decision: before.decision },
      after: { status, action: input.action, reason, categoryId: after.categoryId, note: input.note || null, decisionId: decision.id, outboxMessages: messages, warningSanctionId: warningSanctionId ?? null },
    },
  };
}

/**
 * "Warn the account" reaches the account: a warning sanction linked to the case, shown on the
 * account page, counted by the ladder and announced to the platform like any other sanction.
 */
async function warnPoster(tx: Tx, c: { id: string; subjectAccountId: string; categoryId: string | null }, deciderId: string, note?: string): Promise<string | undefined> {
  const [account] = await tx.select({ status: accounts.status }).from(accounts).where(eq(accounts.id, c.subjectAccountId));
  if (account?.status === 'closed') return undefined;
  const sanction = await recordSanction(tx, {
    accountId: c.subjectAccountId, type: 'warning', role: 'participant', categoryId: c.categoryId, caseIds: [c.id],
    reason: note?.trim() || `Warned on deciding case ${c.id.slice(0, 8)}`,
  }, deciderId, 'apply');
  return sanction.id;
}

/** One `report.outcome` message per report on the case, for delivery to the platform. */
async function queueOutcomes(tx: Executor, caseId: string, action: string, reason: string | null, categoryId: string | null) {
  const rows = await queryRows<{ id: number }>(tx, sql`
    insert into outbox (topic, key, payload)
    select 'report.outcome', r.external_id, jsonb_build_object(
      'externalId', r.external_id,
      'reportId', r.id,
      'caseId', r.case_id,
      'reporter', jsonb_build_object('accountId', r.reporter_account_id),
      'outcome', ${action}::text,
      'reason', ${reason}::text,
      'category', ${categoryId}::text,
      'decidedAt', now())
    from reports r
    where r.case_id = ${caseId}
    order by r.received_at, r.id
    returning id`);
  return rows.length;
}
