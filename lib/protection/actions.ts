'use server';

import { protectionPrompts } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { ensureAccount } from '@/lib/accounts/store';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { endProtectionInput, promptProtectionInput, setProtectionInput } from './input';
import { activeProtection, endProtection, setProtection } from './store';

const onAccount = (id: string) => ({ targetType: 'account', targetId: id });

/** Staff switch protection on for a person under attack (notice II.1): always with an end and a reason. */
export const setAccountProtection = defineAction({
  name: 'protection.set',
  permission: 'protection.set',
  input: setProtectionInput,
  async run({ tx, input, staff, audit }) {
    const now = new Date();
    await ensureAccount(tx, input.accountId);
    const until = new Date(now.getTime() + input.hours * 3_600_000);
    const { row, replaced } = await setProtection(tx, {
      accountId: input.accountId, channels: input.channels, until, source: 'staff', setBy: staff.id, reason: input.reason, setAt: now,
    }, now);
    audit({
      action: 'protection.set', ...onAccount(input.accountId),
      before: replaced ? { protectionId: replaced.id, channels: replaced.channels, until: replaced.until, source: replaced.source } : null,
      after: { protectionId: row.id, channels: row.channels, until: row.until, reason: input.reason },
    });
    return { id: row.id, until: until.toISOString() };
  },
});

export const endAccountProtection = defineAction({
  name: 'protection.end',
  permission: 'protection.set',
  input: endProtectionInput,
  async run({ tx, input, staff, audit }) {
    const now = new Date();
    const current = await activeProtection(tx, input.accountId, true);
    if (!current) throw new DomainError('conflict', 'This account has no protection in force.');
    await endProtection(tx, current, 'staff', staff.id, now, now);
    audit({
      action: 'protection.end', ...onAccount(input.accountId),
      before: { protectionId: current.id, channels: current.channels, until: current.until, source: current.source },
      after: { status: 'ended', reason: input.reason },
    });
    return { id: current.id };
  },
});

/**
 * Staff ask the person to switch protection on themselves: the platform shows a system prompt
 * (`protection.prompted`); if the person agrees, their account event sets it.
 */
export const promptAccountProtection = defineAction({
  name: 'protection.prompt',
  permission: 'protection.set',
  input: promptProtectionInput,
  async run({ tx, input, staff, audit }) {
    await ensureAccount(tx, input.accountId);
    const [prompt] = await tx.insert(protectionPrompts).values({
      accountId: input.accountId, channels: input.channels, hours: input.hours, reason: input.reason, promptedBy: staff.id,
    }).returning();
    await enqueueOutbox(tx, 'protection.prompted', input.accountId, {
      accountId: input.accountId, promptId: prompt.id, channels: input.channels, hours: input.hours,
    });
    audit({ action: 'protection.prompt', ...onAccount(input.accountId), after: { promptId: prompt.id, channels: input.channels, hours: input.hours, reason: input.reason } });
    return { id: prompt.id };
  },
});
