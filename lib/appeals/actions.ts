'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { appeals } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { assertDecisionReason } from '@/lib/approvals/four-eyes';
import { lockSanction, reverseSanction } from '@/lib/sanctions/store';
import { effectiveStatus } from '@/lib/sanctions/rules';
import { sanctionReference } from '@/lib/sanctions/reference';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { sanctionMessage } from '@/lib/templates/store';

/**
 * A supervisor decides an appeal: upheld leaves the sanction as it is; overturned reverses it
 * (effects undone, the platform told). Whoever took the decision (applied, proposed or approved
 * it) may not judge the appeal against it.
 */
export const decideAppeal = defineAction({
  name: 'appeal.decide',
  permission: 'appeal.decide',
  input: z.object({ appealId: z.uuid(), outcome: z.enum(['upheld', 'overturned']), reason: z.string().max(2000) }),
  async run({ tx, input, staff, audit }) {
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, input.appealId)).for('update');
    if (!appeal) throw new DomainError('not_found', 'There is no such appeal.');
    if (appeal.status !== 'open') throw new DomainError('conflict', 'This appeal has already been decided.');
    const sanction = (await lockSanction(tx, appeal.sanctionId))!;
    if (sanction.proposedBy === staff.id || sanction.decidedBy === staff.id) {
      throw new DomainError('forbidden', 'You took this decision. Another supervisor must decide the appeal against it.');
    }
    assertDecisionReason(input.reason);
    const now = new Date();
    await tx.update(appeals).set({ status: input.outcome, decidedBy: staff.id, decidedAt: now, decisionReason: input.reason.trim() })
      .where(eq(appeals.id, appeal.id));
    let sanctionStatus = effectiveStatus(sanction, now);
    if (input.outcome === 'overturned') {
      if (sanctionStatus !== 'active' && sanctionStatus !== 'ended') throw new DomainError('conflict', `A ${sanctionStatus} sanction cannot be reversed.`);
      sanctionStatus = (await reverseSanction(tx, sanction, staff.id, input.reason, now)).status;
    }
    // The account hears the outcome either way, in the words of the appeal-outcome templates.
    const message = await sanctionMessage(tx, input.outcome === 'upheld' ? 'appeal_upheld' : 'appeal_overturned', sanction);
    await enqueueOutbox(tx, 'appeal.decided', sanction.accountId, {
      appealId: appeal.id, sanctionId: sanction.id, reference: sanctionReference(sanction.id), accountId: sanction.accountId,
      outcome: input.outcome, decidedAt: now.toISOString(), message,
    });
    audit({ action: 'appeal.decide', targetType: 'appeal', targetId: appeal.id, before: { status: appeal.status },
      after: { status: input.outcome, reason: input.reason, sanctionId: sanction.id, sanctionStatus } });
    return { id: appeal.id, status: input.outcome };
  },
});
