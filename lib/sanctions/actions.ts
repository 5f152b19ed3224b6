'use server';

import { eq } from 'drizzle-orm';
import { sanctionLadderSteps } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { assertDecisionReason, assertSecondPerson } from '@/lib/approvals/four-eyes';
import { z } from 'zod';
import { decisionInput, ladderStepInput, sanctionInput, type SanctionInput } from './input';
import { activateProposal, lockSanction, recordSanction, rejectProposal } from './store';
import { suggestionFor } from './suggest';
import type { Tx } from '@/db/client';
import type { AuditInput } from '@/lib/audit/write';

const onSanction = (id: string) => ({ targetType: 'sanction', targetId: id });

/**
 * Records a sanction applied at once or proposed, with its audit row. What the ladder suggested is
 * recomputed here and kept with the sanction, so a reviewer sees whether the moderator followed it.
 */
async function record(ctx: { tx: Tx; input: SanctionInput; staff: { id: string }; audit: (e: AuditInput) => void }, mode: 'apply' | 'propose') {
  const { tx, input, staff, audit } = ctx;
  const suggestion = await suggestionFor(tx, input.accountId, input.role);
  const durationHours = ['warning', 'prepost_warning', 'closure', 'referral'].includes(input.type) ? null : input.durationHours ?? null;
  const row = await recordSanction(tx, { ...input, durationHours, suggestion }, staff.id, mode);
  audit({ action: `sanction.${mode}`, ...onSanction(row.id), after: { accountId: row.accountId, type: row.type, durationHours: row.durationHours, role: row.role, reason: row.reason, caseIds: input.caseIds } });
  return { id: row.id, status: row.status };
}

/** Warnings, pre-post warnings, and mutes or DM suspensions of up to 7 days: in force at once. */
export const applySanction = defineAction({
  name: 'sanction.apply',
  permission: 'sanction.apply',
  input: sanctionInput,
  run: (ctx) => record(ctx, 'apply'),
});

/** Anything the rule does not let one person apply: waits for a second supervisor on /approvals. */
export const proposeSanction = defineAction({
  name: 'sanction.propose',
  permission: 'sanction.propose',
  input: sanctionInput,
  run: (ctx) => record(ctx, 'propose'),
});

async function loadProposal(tx: Tx, sanctionId: string, deciderId: string, reason: string) {
  const s = await lockSanction(tx, sanctionId);
  if (!s) throw new DomainError('not_found', 'There is no such sanction.');
  if (s.status !== 'proposed') throw new DomainError('conflict', 'This proposal has already been decided.');
  assertSecondPerson(s.proposedBy, deciderId);
  assertDecisionReason(reason);
  return s;
}

export const approveSanction = defineAction({
  name: 'sanction.approve',
  permission: 'sanction.approve',
  input: decisionInput,
  async run({ tx, input, staff, audit }) {
    const s = await loadProposal(tx, input.sanctionId, staff.id, input.reason);
    const row = await activateProposal(tx, s, staff.id, input.reason);
    audit({ action: 'sanction.approve', ...onSanction(s.id), before: { status: s.status }, after: { status: row.status, reason: input.reason, endsAt: row.endsAt } });
    return { id: row.id, status: row.status };
  },
});

export const rejectSanction = defineAction({
  name: 'sanction.reject',
  permission: 'sanction.approve',
  input: decisionInput,
  async run({ tx, input, staff, audit }) {
    const s = await loadProposal(tx, input.sanctionId, staff.id, input.reason);
    const row = await rejectProposal(tx, s, staff.id, input.reason);
    audit({ action: 'sanction.reject', ...onSanction(s.id), before: { status: s.status }, after: { status: row.status, reason: input.reason } });
    return { id: row.id, status: row.status };
  },
});

export const saveLadderStep = defineAction({
  name: 'sanction.ladder.save',
  permission: 'sanction.ladder',
  input: ladderStepInput,
  async run({ tx, input, staff, audit }) {
    const values = { ...input, durationHours: input.durationHours ?? null, updatedBy: staff.id, updatedAt: new Date() };
    const [row] = await tx.insert(sanctionLadderSteps).values(values)
      .onConflictDoUpdate({ target: [sanctionLadderSteps.role, sanctionLadderSteps.minStrikes], set: { type: values.type, durationHours: values.durationHours, updatedBy: staff.id, updatedAt: values.updatedAt } })
      .returning();
    audit({ action: 'sanction.ladder.save', targetType: 'ladder_step', targetId: row.id, after: input });
    return { id: row.id };
  },
});

export const removeLadderStep = defineAction({
  name: 'sanction.ladder.remove',
  permission: 'sanction.ladder',
  input: z.object({ stepId: z.uuid() }),
  async run({ tx, input, audit }) {
    const [row] = await tx.delete(sanctionLadderSteps).where(eq(sanctionLadderSteps.id, input.stepId)).returning();
    if (!row) throw new DomainError('not_found', 'There is no such ladder step.');
    audit({ action: 'sanction.ladder.remove', targetType: 'ladder_step', targetId: row.id, before: { role: row.role, minStrikes: row.minStrikes, type: row.type, durationHours: row.durationHours } });
    return { id: row.id };
  },
});
