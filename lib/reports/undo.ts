import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { queryRows } from '@/db/query';
import { cases, decisions, sanctionCases, sanctions, type Staff } from '@/db/schema';
import type { AuditInput } from '@/lib/audit/write';
import { DomainError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { reverseSanction } from '@/lib/sanctions/store';
import { retireExamplesOfCase } from '@/lib/library/proposal';
import { DEFAULT_LEASE_MINUTES, heldCaseId, releaseCase } from './claim';
import { mayReverse, mayUndo } from './undo-rules';

export type Correction = 'undo' | 'reversal';

// Why a correction was refused, as a code the page translates (corrections.errors.*).
const code = (why: string) => ({ decisionId: [why] });
export type CorrectionOutcome = {
  caseId: string;
  decisionId: string;
  kind: Correction;
  /** Where the case is now: back in the queue it was decided from. */
  status: 'open' | 'escalated';
  /** The warning sanction the decision gave, now reversed. */
  reversedSanctionId: string | null;
  outboxMessages: number;
  /** Another case the moderator held, handed back so that they hold only the one they undid. */
  releasedCaseId: string | null;
  /** Library examples made from the case, retired with the decision they illustrated. */
  retiredExampleIds: string[];
};

/**
 * Takes a decision back, by its decider within the undo window ('undo': the case returns to them,
 * claimed, as it was before) or by a supervisor with a reason ('reversal': the case returns to its
 * queue, unclaimed). Whatever the decision did is undone in the same transaction: the case's status,
 * decision and category, the warning sanction it gave (reversed and announced), removal and fold
 * strikes (they are read from the case's decision, so they go with it), and the reporters' outcomes
 * (one `report.outcome.withdrawn` per report, keyed like the outcome so the platform orders them).
 *
 * Two requests at once: the conditional UPDATE on the decision (`undone_at is null`) lets exactly one
 * through; the other waits on the row lock, then finds it undone and is refused.
 */
export async function correctDecision(
  tx: Tx, who: Pick<Staff, 'id' | 'role'>, decisionId: string, kind: Correction, reason: string | null, now = new Date(),
): Promise<{ outcome: CorrectionOutcome; audit: AuditInput }> {
  const [ref] = await tx.select({ caseId: decisions.caseId }).from(decisions).where(eq(decisions.id, decisionId));
  if (!ref) throw new DomainError('not_found', 'There is no such decision.');
  // The case locked first, then the decision read again: a correction that ran meanwhile is seen.
  const [c] = await tx.select().from(cases).where(eq(cases.id, ref.caseId)).for('update');
  const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId));
  const [latest] = await tx.select({ id: decisions.id }).from(decisions)
    .where(and(eq(decisions.caseId, d.caseId), isNull(decisions.undoneAt)))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id)).limit(1);
  const view = { ...d, latest: latest?.id === d.id };
  if (d.undoneAt) throw new DomainError('conflict', 'This decision has already been undone.', code('alreadyUndone'));
  if (!view.latest) throw new DomainError('conflict', 'A later decision was taken on this case: only the latest can be undone.', code('notLatest'));
  if (kind === 'undo' && !mayUndo(view, who.id, now)) {
    throw new DomainError(d.decidedBy === who.id ? 'conflict' : 'forbidden',
      d.decidedBy === who.id ? 'The time to undo this decision has passed: ask a supervisor to reverse it.' : 'Only the moderator who took a decision may undo it.',
      code(d.decidedBy === who.id ? 'undoWindowClosed' : 'notYourDecision'));
  }
  if (kind === 'reversal' && !mayReverse(view, can(who.role, 'decision.reverse'))) {
    throw new DomainError(d.action === 'escalate' ? 'conflict' : 'forbidden',
      d.action === 'escalate' ? 'An escalation is not reversed: decide the escalated case.' : 'Only a supervisor reverses a decision.',
      code(d.action === 'escalate' ? 'escalationNotReversed' : 'supervisorOnly'));
  }
  const expected = d.action === 'escalate' ? 'escalated' : 'decided';
  if (c.status !== expected) throw new DomainError('conflict', 'This case has moved on since the decision: it cannot be undone.', code('caseMovedOn'));
  // An escalation someone has since taken up is theirs now.
  if (d.action === 'escalate' && c.claimedBy && c.leaseExpiresAt && c.leaseExpiresAt > now) {
    throw new DomainError('conflict', 'A supervisor is working on this escalation: it can no longer be undone.', code('escalationTaken'));
  }
  // Decisions taken before migration 0032 did not record the case's prior state: an escalation in
  // force before them says it came from the escalated queue, and category and first action stay.
  const legacy = d.previousStatus === null;
  const escalatedBefore = legacy && (await tx.select({ id: decisions.id }).from(decisions)
    .where(and(eq(decisions.caseId, c.id), eq(decisions.action, 'escalate'), isNull(decisions.undoneAt), ne(decisions.id, d.id)))).length > 0;
  const restored = d.previousStatus === 'escalated' || escalatedBefore ? 'escalated' : 'open';
  const previousCategoryId = legacy ? c.categoryId : d.previousCategoryId;
  if (c.status === 'decided') {
    // A report after the decision opened a new case on the same content; two undecided cases on one
    // subject are not allowed (cases_open_subject_uq), so the newer one is decided first.
    const [newer] = await tx.select({ id: cases.id }).from(cases)
      .where(and(eq(cases.subjectKey, c.subjectKey), ne(cases.status, 'decided'), ne(cases.id, c.id)));
    if (newer) {
      throw new DomainError('conflict', `A newer case on the same content is open (${newer.id.slice(0, 8)}): decide it first.`, { caseId: [newer.id], ...code('newerCaseOpen') });
    }
  }

  const [marked] = await tx.update(decisions)
    .set({ undoneAt: now, undoneBy: who.id, undoKind: kind, undoReason: reason?.trim() || null })
    .where(and(eq(decisions.id, d.id), isNull(decisions.undoneAt)))
    .returning({ id: decisions.id });
  if (!marked) throw new DomainError('conflict', 'This decision has already been undone.', code('alreadyUndone'));

  // The moderator undoing gets the case back in hand; they hold one case at a time, so one they
  // claimed meanwhile (the next case, usually untouched) goes back to the queue.
  const releasedCaseId = kind === 'undo' ? await heldCaseId(tx, who.id, c.id) : null;
  if (releasedCaseId) await releaseCase(tx, releasedCaseId, who.id);
  await tx.update(cases).set({
    status: restored,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    categoryId: previousCategoryId,
    firstActionAt: legacy ? c.firstActionAt : d.previousFirstActionAt,
    claimedBy: kind === 'undo' ? who.id : null,
    leaseExpiresAt: kind === 'undo' ? sql`now() + make_interval(mins => ${DEFAULT_LEASE_MINUTES}::int)` : null,
    updatedAt: sql`now()`,
  }).where(eq(cases.id, c.id));

  const note = kind === 'undo' ? `Decision undone by its moderator (case ${c.id.slice(0, 8)})` : reason!.trim();
  let reversedSanctionId: string | null = null;
  const warningId = d.warningSanctionId ?? (d.action === 'warn' ? await legacyWarning(tx, c.id, d.decidedBy) : null);
  if (warningId) {
    const [s] = await tx.select().from(sanctions).where(eq(sanctions.id, warningId)).for('update');
    if (s && s.status === 'active') {
      await reverseSanction(tx, s, who.id, note, now);
      reversedSanctionId = s.id;
    }
  }
  const outboxMessages = d.action === 'escalate' ? 0 : await withdrawOutcomes(tx, c.id, d.id, d.action, kind);
  const retiredExampleIds = d.action === 'escalate' ? [] : await retireExamplesOfCase(tx, c.id, who.id);

  return {
    outcome: { caseId: c.id, decisionId: d.id, kind, status: restored, reversedSanctionId, outboxMessages, releasedCaseId, retiredExampleIds },
    audit: {
      action: kind === 'undo' ? 'case.undoDecision' : 'case.reverseDecision',
      targetType: 'case',
      targetId: c.id,
      before: { status: c.status, decision: c.decision, categoryId: c.categoryId, decidedBy: c.decidedBy, decisionId: d.id },
      after: {
        status: restored, categoryId: previousCategoryId, claimedBy: kind === 'undo' ? who.id : null, reason: reason?.trim() || null,
        withdrawnAction: d.action, reversedSanctionId, outboxMessages, releasedCaseId, retiredExampleIds,
      },
    },
  };
}

/** The warning a "warn" decision from before migration 0032 gave: linked to the case, by the decider. */
async function legacyWarning(tx: Tx, caseId: string, deciderId: string): Promise<string | null> {
  const [row] = await tx.select({ id: sanctions.id }).from(sanctions)
    .innerJoin(sanctionCases, eq(sanctionCases.sanctionId, sanctions.id))
    .where(and(eq(sanctionCases.caseId, caseId), eq(sanctions.type, 'warning'), eq(sanctions.proposedBy, deciderId), eq(sanctions.status, 'active')))
    .orderBy(desc(sanctions.proposedAt)).limit(1);
  return row?.id ?? null;
}

/** Tells the platform each report's outcome no longer holds: one message per report the outcome went to. */
async function withdrawOutcomes(tx: Tx, caseId: string, decisionId: string, action: string, kind: Correction) {
  const rows = await queryRows<{ id: number }>(tx, sql`
    insert into outbox (topic, key, payload)
    select 'report.outcome.withdrawn', r.external_id, jsonb_build_object(
      'externalId', r.external_id,
      'reportId', r.id,
      'caseId', r.case_id,
      'decisionId', ${decisionId}::text,
      'reporter', jsonb_build_object('accountId', r.reporter_account_id),
      'withdrawnOutcome', ${action}::text,
      'kind', ${kind}::text,
      'withdrawnAt', now())
    from reports r
    where r.case_id = ${caseId}
    order by r.received_at, r.id
    returning id`);
  return rows.length;
}
