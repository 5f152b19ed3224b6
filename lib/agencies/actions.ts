'use server';

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { agencies, agencyActions, incidents, type AgencyAction } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { assertDecisionReason, assertSecondPerson } from '@/lib/approvals/four-eyes';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import type { AuditInput } from '@/lib/audit/write';

const reason = z.string().trim().min(3, 'reason_too_short').max(2000);
const decision = z.object({ actionId: z.uuid(), reason });
const onAgency = (a: Pick<AgencyAction, 'agencyId'>) => ({ targetType: 'agency', targetId: a.agencyId });

async function load(tx: Tx, actionId: string, status: AgencyAction['status']): Promise<AgencyAction> {
  // Locked, so two supervisors deciding at once cannot both succeed.
  const [row] = await tx.select().from(agencyActions).where(eq(agencyActions.id, actionId)).for('update');
  if (!row) throw new DomainError('not_found', 'There is no such agency action.');
  if (row.status !== status) throw new DomainError('conflict', `This agency action is ${row.status}, not ${status}.`, { status: [`now_${row.status}`] });
  return row;
}

/** What the platform needs to apply or lift the measure: the agency by its own id. */
async function announce(tx: Tx, topic: 'agency.action_applied' | 'agency.action_reversed', a: AgencyAction) {
  const [agency] = await tx.select().from(agencies).where(eq(agencies.id, a.agencyId));
  await enqueueOutbox(tx, topic, agency.externalId, {
    actionId: a.id, agencyId: agency.externalId, type: a.type, incidentId: a.incidentId, at: new Date().toISOString(),
  });
}

export const proposeAgencyAction = defineAction({
  name: 'agency.proposeAction',
  permission: 'sanction.propose',
  input: z.object({
    agencyId: z.uuid(),
    type: z.enum(['warning', 'suspend_income', 'restrict_services', 'expel']),
    reason,
    incidentId: z.uuid().nullish(),
  }),
  async run({ tx, input, staff, audit }) {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
    if (!agency) throw new DomainError('not_found', 'There is no such agency.');
    if (input.incidentId) {
      const [incident] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, input.incidentId));
      if (!incident) throw new DomainError('not_found', 'There is no such incident.', { incidentId: ['unknown_incident'] });
    }
    const [pending] = await tx.select({ id: agencyActions.id }).from(agencyActions)
      .where(and(eq(agencyActions.agencyId, input.agencyId), eq(agencyActions.type, input.type), eq(agencyActions.status, 'proposed')));
    if (pending) throw new DomainError('conflict', 'The same action is already waiting for a decision.', { type: ['already_proposed'] });
    const [row] = await tx.insert(agencyActions).values({
      agencyId: input.agencyId, type: input.type, reason: input.reason, incidentId: input.incidentId ?? null, proposedBy: staff.id,
    }).returning();
    audit({ action: 'agency.proposeAction', ...onAgency(row), after: { actionId: row.id, type: row.type, reason: row.reason, incidentId: row.incidentId } });
    return { id: row.id };
  },
});

/** A second supervisor decides a proposal: approval puts the measure in force and tells the platform. */
async function decide(
  { tx, input, staff, audit }: { tx: Tx; input: z.infer<typeof decision>; staff: { id: string }; audit: (e: AuditInput) => void },
  verdict: 'active' | 'rejected',
) {
  const before = await load(tx, input.actionId, 'proposed');
  assertSecondPerson(before.proposedBy, staff.id);
  assertDecisionReason(input.reason);
  const [row] = await tx.update(agencyActions)
    .set({ status: verdict, decidedBy: staff.id, decidedAt: new Date(), decisionReason: input.reason })
    .where(eq(agencyActions.id, before.id)).returning();
  if (verdict === 'active') await announce(tx, 'agency.action_applied', row);
  audit({
    action: verdict === 'active' ? 'agency.approveAction' : 'agency.rejectAction', ...onAgency(row),
    before: { actionId: row.id, status: 'proposed' },
    after: verdict === 'active' ? { status: 'active', type: row.type, reason: input.reason } : { status: 'rejected', reason: input.reason },
  });
  return { id: row.id };
}

export const approveAgencyAction = defineAction({
  name: 'agency.approveAction',
  permission: 'sanction.approve',
  input: decision,
  run: (ctx) => decide(ctx, 'active'),
});

export const rejectAgencyAction = defineAction({
  name: 'agency.rejectAction',
  permission: 'sanction.approve',
  input: decision,
  run: (ctx) => decide(ctx, 'rejected'),
});

// Lifting an active measure (it was wrong, or the agency has put things right) needs only a supervisor and a reason.
export const reverseAgencyAction = defineAction({
  name: 'agency.reverseAction',
  permission: 'sanction.approve',
  input: decision,
  async run({ tx, input, staff, audit }) {
    const before = await load(tx, input.actionId, 'active');
    assertDecisionReason(input.reason);
    const [row] = await tx.update(agencyActions)
      .set({ status: 'reversed', reversedBy: staff.id, reversedAt: new Date(), reversalReason: input.reason })
      .where(eq(agencyActions.id, before.id)).returning();
    await announce(tx, 'agency.action_reversed', row);
    audit({ action: 'agency.reverseAction', ...onAgency(row), before: { actionId: row.id, status: 'active' }, after: { status: 'reversed', reason: input.reason } });
    return { id: row.id };
  },
});
