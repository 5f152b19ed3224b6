'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { cases } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { claimCase as claimOne, claimNextCase, heldCaseId, releaseCase as release, renewLease as renew, type ClaimedCase } from './claim';
import { decideCase as decide, type DecisionOutcome } from './decide';
import { decisionInput } from './decision-rules';
import { listQueue as list, queueCounts, type QueueSnapshot } from './queue';
import { queueFilters } from './queue-filters';

const caseRef = z.object({ caseId: z.uuid() });
const claimAudit = (c: ClaimedCase | null, queue: string) => ({
  action: 'case.claim',
  targetType: 'case',
  targetId: c?.id ?? null,
  after: c ? { queue, leaseExpiresAt: c.leaseExpiresAt, reused: c.reused } : { queue, found: false },
});

export const claimNext = defineAction({
  name: 'case.claimNext',
  permission: 'case.claim',
  input: z.object({}),
  async run({ tx, staff, audit }): Promise<ClaimedCase | null> {
    const claimed = await claimNextCase(tx, staff.id, { queue: 'open' });
    audit(claimAudit(claimed, 'open'));
    return claimed;
  },
});

export const claimNextEscalation = defineAction({
  name: 'case.claimNextEscalation',
  permission: 'escalation.decide',
  input: z.object({}),
  async run({ tx, staff, audit }): Promise<ClaimedCase | null> {
    const claimed = await claimNextCase(tx, staff.id, { queue: 'escalated' });
    audit(claimAudit(claimed, 'escalated'));
    return claimed;
  },
});

/** Takes one case opened from the list, when nobody holds it. One case at a time, as with claim-next. */
export const claimCase = defineAction({
  name: 'case.claim',
  permission: 'case.claim',
  input: caseRef,
  async run({ tx, input, staff, audit }): Promise<ClaimedCase> {
    const [target] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, input.caseId));
    if (!target) throw new DomainError('not_found', 'There is no such case.');
    if (target.status === 'escalated' && !can(staff.role, 'escalation.decide')) {
      throw new DomainError('forbidden', 'Only a supervisor takes escalated cases.');
    }
    const other = await heldCaseId(tx, staff.id, input.caseId);
    if (other) throw new DomainError('conflict', 'You already hold another case: decide or release it first.', { heldCaseId: [other] });
    const claimed = await claimOne(tx, input.caseId, staff.id);
    if (!claimed) throw new DomainError('conflict', 'Someone else holds this case, or it has been decided.');
    audit(claimAudit(claimed, target.status));
    return claimed;
  },
});

export const renewLease = defineAction({
  name: 'case.renewLease',
  permission: 'case.claim',
  input: caseRef,
  async run({ tx, input, staff, audit }): Promise<{ leaseExpiresAt: Date }> {
    const leaseExpiresAt = await renew(tx, input.caseId, staff.id);
    audit({ action: 'case.renewLease', targetType: 'case', targetId: input.caseId, after: { leaseExpiresAt } });
    return { leaseExpiresAt };
  },
});

export const releaseCase = defineAction({
  name: 'case.release',
  permission: 'case.claim',
  input: caseRef,
  async run({ tx, input, staff, audit }): Promise<{ released: boolean }> {
    const released = await release(tx, input.caseId, staff.id);
    audit({ action: 'case.release', targetType: 'case', targetId: input.caseId, after: { released } });
    return { released };
  },
});

export const decideCase = defineAction({
  name: 'case.decide',
  permission: 'case.decide',
  input: decisionInput,
  async run({ tx, input, staff, audit }): Promise<DecisionOutcome> {
    const { outcome, audit: entry } = await decide(tx, staff, input);
    audit(entry);
    return outcome;
  },
});

/**
 * The queue list for react-query's refresh. Reads go through the builder like everything else, so
 * each refresh leaves an audit row. Rather than the generic row (which would copy the whole input),
 * it is a compact "who looked at which slice of the queue": cheap, and for queues of minors' reports
 * a record of access worth keeping. Refreshes run only while the tab is visible, which bounds the noise.
 */
export const listQueue = defineAction({
  name: 'queue.list',
  permission: 'queue.view',
  input: z.object({ filters: queueFilters.default(queueFilters.parse({})), cursor: z.string().max(200).nullish() }),
  async run({ tx, input, staff, audit }): Promise<QueueSnapshot> {
    const { status, channel, category, minors, overdue, mine } = input.filters;
    audit({ action: 'queue.list', targetType: 'queue', after: { status, channel, category, minors, overdue, mine, page: input.cursor ? 'next' : 'first' } });
    const page = await list(tx, input.filters, input.cursor ?? null, 50, staff.id);
    return { ...page, counts: await queueCounts(tx) };
  },
});
