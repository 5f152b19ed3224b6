'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { identityFlags } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';

const input = z.object({ flagId: z.uuid(), note: z.string().trim().max(2000).default('') });

/**
 * Settling a flag: verified (the account genuinely is that person or institution), cleared (the name
 * is not an impersonation) or escalated (staff go on to propose a sanction on the account page).
 */
function settle(name: string, outcome: 'verified' | 'cleared' | 'escalated') {
  return defineAction({
    name,
    permission: 'identity.review',
    input,
    async run({ tx, input, staff, audit }) {
      const [flag] = await tx.select().from(identityFlags).where(eq(identityFlags.id, input.flagId)).for('update');
      if (!flag) throw new DomainError('not_found', 'There is no such identity flag.');
      if (flag.status !== 'open') throw new DomainError('conflict', `This flag is already ${flag.status}.`, { status: [`now_${flag.status}`] });
      await tx.update(identityFlags)
        .set({ status: outcome, resolvedBy: staff.id, resolvedAt: new Date(), resolutionNote: input.note || null })
        .where(eq(identityFlags.id, flag.id));
      audit({
        action: name, targetType: 'account', targetId: flag.accountId,
        before: { flagId: flag.id, status: 'open' }, after: { status: outcome, note: input.note, incidentId: flag.incidentId },
      });
      return { id: flag.id, accountId: flag.accountId };
    },
  });
}

export const verifyIdentityFlag = settle('identityFlag.verify', 'verified');
export const clearIdentityFlag = settle('identityFlag.clear', 'cleared');
export const escalateIdentityFlag = settle('identityFlag.escalate', 'escalated');
