import { desc } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { dmRuleVersions, type DmRuleVersion } from '@/db/schema';
import type { DmLimits } from './rules';

const limit = z.coerce.number({ error: 'limit_invalid' }).int('limit_invalid').min(1, 'limit_invalid').max(100_000, 'limit_invalid');
const minutes = z.coerce.number({ error: 'window_invalid' }).int('window_invalid').min(1, 'window_invalid').max(1_440, 'window_invalid');

/** What an admin may save; the stricter limits must be stricter (or equal), or they would do nothing. */
export const dmLimitsInput = z.object({
  senderLimit: limit,
  senderWindowMinutes: minutes,
  recipientLimit: limit,
  recipientWindowMinutes: minutes,
  newAccountDays: z.coerce.number({ error: 'days_invalid' }).int('days_invalid').min(0, 'days_invalid').max(365, 'days_invalid'),
  newSenderLimit: limit,
  minorRecipientLimit: limit,
  note: z.string().trim().max(500).default(''),
}).superRefine((v, ctx) => {
  if (v.newSenderLimit > v.senderLimit) ctx.addIssue({ code: 'custom', path: ['newSenderLimit'], message: 'not_stricter' });
  if (v.minorRecipientLimit > v.recipientLimit) ctx.addIssue({ code: 'custom', path: ['minorRecipientLimit'], message: 'not_stricter' });
});
export type DmLimitsInput = z.output<typeof dmLimitsInput>;

/** The limits in force: the highest version (the migration stores version 1). */
export async function currentDmRules(db: Executor): Promise<DmRuleVersion & DmLimits> {
  const [row] = await db.select().from(dmRuleVersions).orderBy(desc(dmRuleVersions.version)).limit(1);
  if (!row) throw new Error('dm_rule_versions is empty: the migration stores the defaults as version 1');
  return row;
}

export async function dmRuleHistory(db: Executor, limit = 20): Promise<DmRuleVersion[]> {
  return db.select().from(dmRuleVersions).orderBy(desc(dmRuleVersions.version)).limit(limit);
}
