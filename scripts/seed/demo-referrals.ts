import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { accounts, cases, sanctionCases, sanctions, staff } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { placeRegistrationBan } from '@/lib/registration/bans';
import { identityHash, registrySecret } from '@/lib/registration/identity-hash';
import { prepareReferral } from '@/lib/referrals/prepare';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const DAY = 86_400_000;

/**
 * Made-up resident ID numbers for the demo accounts (never real ones): checking the banned one at
 * POST /api/v1/registration-checks is refused; the referred account's is verified but not banned.
 */
export const DEMO_BANNED_IDENTITY = '11010519850617001X';
export const DEMO_REFERRED_IDENTITY = '310104199208150027';

async function verified(tx: Tx, id: string, handle: string, displayName: string, identity: string) {
  await tx.insert(accounts).values({ id, handle, displayName }).onConflictDoNothing();
  // Only where no identity is known yet: the accounts seed may have given this account its own.
  await tx.update(accounts).set({ verification: 'verified', identityHash: identityHash(identity) })
    .where(and(eq(accounts.id, id), isNull(accounts.identityHash)));
}

/** An approved four-eyes sanction, proposed by a moderator and approved by a supervisor. */
async function approved(tx: Tx, spec: { accountId: string; type: 'referral' | 'registration_ban'; reason: string; by: string; approver: string; at: Date; endsAt: Date | null; caseIds: string[] }) {
  const [row] = await tx.insert(sanctions).values({
    accountId: spec.accountId, type: spec.type, status: 'active', role: 'originator', reason: spec.reason,
    proposedBy: spec.by, proposedAt: new Date(spec.at.getTime() - DAY), decidedBy: spec.approver, decidedAt: spec.at,
    decisionReason: 'Evidence reviewed; agreed.', startsAt: spec.at, endsAt: spec.endsAt,
  }).returning();
  if (spec.caseIds.length) await tx.insert(sanctionCases).values(spec.caseIds.map((caseId) => ({ sanctionId: row.id, caseId })));
  await writeAudit(tx, seedActor, 'demo-seed-referrals', [
    { action: 'sanction.propose', targetType: 'sanction', targetId: row.id, after: { accountId: row.accountId, type: row.type } },
    { action: 'sanction.approve', targetType: 'sanction', targetId: row.id, after: { status: 'active', endsAt: row.endsAt } },
  ]);
  return row;
}

/**
 * One prepared referral (the first demo incident's originator, with its decided cases in the bundle)
 * and one registration ban in force for six months, both through the same effects an approval runs.
 */
export async function seedDemoReferrals(db: Db, now: Date): Promise<{ referrals: number; bans: number }> {
  try {
    registrySecret();
  } catch {
    console.warn('Demo referrals and registration ban not seeded: set REGISTRY_HMAC_SECRET.');
    return { referrals: 0, bans: 0 };
  }
  return db.transaction(async (tx) => {
    const people = await tx.select().from(staff).where(inArray(staff.email, ['moderator@bulwark.test', 'supervisor@bulwark.test', 'supervisor2@bulwark.test']));
    const by = (email: string) => people.find((p) => p.email === email)?.id;
    const [moderator, supervisor, supervisor2] = [by('moderator@bulwark.test'), by('supervisor@bulwark.test'), by('supervisor2@bulwark.test')];
    if (!moderator || !supervisor || !supervisor2) return { referrals: 0, bans: 0 };
    const already = await tx.select({ id: sanctions.id }).from(sanctions)
      .where(and(inArray(sanctions.accountId, ['poster_0', 'poster_13']), inArray(sanctions.type, ['referral', 'registration_ban'])));
    if (already.length) return { referrals: 0, bans: 0 };

    await verified(tx, 'poster_0', '@chigua_01', '吃瓜第一线', DEMO_REFERRED_IDENTITY);
    const decided = await tx.select({ id: cases.id }).from(cases)
      .where(and(eq(cases.subjectAccountId, 'poster_0'), eq(cases.status, 'decided'))).orderBy(asc(cases.createdAt)).limit(3);
    const anyCases = decided.length ? decided : await tx.select({ id: cases.id }).from(cases).where(eq(cases.subjectAccountId, 'poster_0')).orderBy(asc(cases.createdAt)).limit(3);
    const referral = await approved(tx, {
      accountId: 'poster_0', type: 'referral', by: moderator, approver: supervisor, at: new Date(now.getTime() - 3 * 3_600_000), endsAt: null,
      reason: '首发并持续散布林晓雨的住址与学校信息，号召线下围堵，涉嫌违法。Published the target\'s address and school and called for people to confront her.',
      caseIds: anyCases.map((c) => c.id),
    });
    await prepareReferral(tx, referral, supervisor);

    await verified(tx, 'poster_13', '@poster_13', 'poster_13', DEMO_BANNED_IDENTITY);
    const ban = await approved(tx, {
      accountId: 'poster_13', type: 'registration_ban', by: supervisor2, approver: supervisor, at: new Date(now.getTime() - 2 * DAY),
      endsAt: new Date(now.getTime() + 180 * DAY), caseIds: [],
      reason: 'Closed twice for organised harassment and re-registered within days each time.',
    });
    await placeRegistrationBan(tx, ban);
    return { referrals: 1, bans: 1 };
  });
}
