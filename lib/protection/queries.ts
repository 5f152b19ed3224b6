import { desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { dmPreferences, protectionPrompts, staff, type DmPreference, type ProtectionChannel } from '@/db/schema';
import { isInForce } from './channels';
import { protectionHistory } from './store';

export type ProtectionRecord = {
  id: string; channels: ProtectionChannel[]; until: Date | null; source: 'account' | 'staff'; setByName: string | null;
  reason: string; setAt: Date; status: 'active' | 'ended'; endedAt: Date | null; endedHow: string | null;
};

/** What the protection controls show for one account: in force now, recent history, prompts sent. */
export type ProtectionView = {
  accountId: string;
  current: ProtectionRecord | null;
  history: ProtectionRecord[];
  prompts: { id: string; channels: ProtectionChannel[]; hours: number; promptedAt: Date; promptedByName: string }[];
  dmPreference: DmPreference;
};

export async function loadProtection(db: Executor, accountId: string, now = new Date()): Promise<ProtectionView> {
  const rows = await protectionHistory(db, accountId, 10);
  const prompts = await db.select().from(protectionPrompts).where(eq(protectionPrompts.accountId, accountId)).orderBy(desc(protectionPrompts.promptedAt)).limit(5);
  const [pref] = await db.select({ preference: dmPreferences.preference }).from(dmPreferences).where(eq(dmPreferences.accountId, accountId));
  const staffIds = [...new Set([...rows.map((r) => r.setBy), ...prompts.map((p) => p.promptedBy)].filter((x): x is string => !!x))];
  const names = new Map(staffIds.length
    ? (await db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, staffIds))).map((s) => [s.id, s.name])
    : []);
  const history: ProtectionRecord[] = rows.map((r) => ({
    id: r.id, channels: r.channels as ProtectionChannel[], until: r.until, source: r.source, setByName: r.setBy ? names.get(r.setBy) ?? null : null,
    reason: r.reason, setAt: r.setAt, status: r.status, endedAt: r.endedAt, endedHow: r.endedHow,
  }));
  return {
    accountId,
    current: history.find((h) => isInForce(h, now)) ?? null,
    history,
    prompts: prompts.map((p) => ({ id: p.id, channels: p.channels as ProtectionChannel[], hours: p.hours, promptedAt: p.promptedAt, promptedByName: names.get(p.promptedBy) ?? '' })),
    dmPreference: pref?.preference ?? 'everyone',
  };
}
