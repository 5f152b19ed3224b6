'use server';

import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { outbox, webhookEndpoints } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { enqueueOutbox } from '@/lib/outbox/enqueue';

const webhookUrl = z.url({ protocol: /^https?$/, error: 'url_invalid' }).max(2000, { error: 'url_too_long' });

export type CreatedWebhook = { id: string; url: string; secret: string };

/** Points delivery at a new receiver with a fresh secret, shown once; the previous endpoint stops at once. */
export const setWebhookEndpoint = defineAction({
  name: 'webhook.set',
  permission: 'webhook.manage',
  input: z.object({ url: webhookUrl }),
  async run({ tx, input, staff: me, audit }): Promise<CreatedWebhook> {
    const replaced = await tx.update(webhookEndpoints).set({ active: false, disabledAt: new Date() })
      .where(eq(webhookEndpoints.active, true)).returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const [row] = await tx.insert(webhookEndpoints).values({ url: input.url, secret, createdBy: me.id })
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    // The secret goes back to the admin once and nowhere else: not into the audit row.
    audit({ action: 'webhook.set', targetType: 'webhook_endpoint', targetId: row.id, before: replaced[0] ?? null, after: { url: row.url } });
    return { ...row, secret };
  },
});

export const disableWebhookEndpoint = defineAction({
  name: 'webhook.disable',
  permission: 'webhook.manage',
  input: z.object({ id: z.uuid({ error: 'webhook_invalid' }) }),
  async run({ tx, input, audit }) {
    const [row] = await tx.update(webhookEndpoints).set({ active: false, disabledAt: new Date() })
      .where(and(eq(webhookEndpoints.id, input.id), eq(webhookEndpoints.active, true)))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!row) throw new DomainError('not_found', 'No active webhook endpoint with that id.', { id: ['webhook_not_active'] });
    audit({ action: 'webhook.disable', targetType: 'webhook_endpoint', targetId: row.id, before: { url: row.url, active: true }, after: { active: false } });
    return { id: row.id };
  },
});

/** A harmless message through the same path as every other, so the admin can see the receiver answer. */
export const sendWebhookPing = defineAction({
  name: 'webhook.ping',
  permission: 'webhook.manage',
  input: z.object({}),
  async run({ tx, staff: me, audit }) {
    const id = await enqueueOutbox(tx, 'webhook.ping', 'ping', { requestedBy: me.email, at: new Date().toISOString() });
    audit({ action: 'webhook.ping', targetType: 'outbox', targetId: String(id) });
    return { outboxId: id };
  },
});

/** After the receiver is fixed: every waiting message becomes due now instead of at its backed-off time. */
export const retryWebhookNow = defineAction({
  name: 'webhook.retryNow',
  permission: 'webhook.manage',
  input: z.object({}),
  async run({ tx, audit }) {
    const rows = await tx.update(outbox).set({ nextAttemptAt: sql`now()` })
      .where(and(isNull(outbox.deliveredAt), sql`${outbox.attempts} > 0`)).returning({ id: outbox.id });
    audit({ action: 'webhook.retryNow', targetType: 'outbox', after: { messages: rows.length } });
    return { messages: rows.length };
  },
});
