import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { accountEvents, accountNames, accounts, appeals, cases, incidentParties, incidents, sanctionCases, sanctions, staff, type CaseRole, type SanctionType } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { currentStandardsVersion } from '@/lib/standards/store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };

// Display names for the demo posters and critics (the reports seed knows them only by id).
const zhNames = ['吃瓜第一线', '夜猫子看热闹', '真相只有一个', '路人甲乙丙', '热搜观察员', '八卦小分队', '键盘侠本侠', '冷眼旁观'];
const enNames = ['TruthSeeker', 'TeaSpiller', 'NightOwlNews', 'JustAsking', 'ReceiptsOnly', 'LoudAndClear', 'Bystander42', 'HotTakeHub'];

/** Demo e2e accounts: e2e/sanctions.spec.ts acts on these and nothing else acts on them. */
export const E2E_CLOSURE_ACCOUNT = 'spam_ring_01';
export const E2E_APPEAL_ACCOUNT = 'mislabelled_01';

type Spec = {
  accountId: string; type: SanctionType; role: CaseRole; reason: string; categoryId?: string; incidentId?: string | null;
  by: string; approver?: string; at: Date; hours?: number | null;
  status: 'proposed' | 'rejected' | 'active' | 'ended' | 'reversed'; decisionReason?: string; reversal?: { by: string; reason: string };
};

/**
 * Accounts for the demo incidents' parties and the demo cases' subjects (handles and a few name
 * histories, a minor), and sanctions in every state: ended and active mutes, a pending closure
 * proposal, a rejected one, a reversed warning and an open appeal. Runs once (a marker event).
 */
export async function seedDemoAccounts(db: Db, now: Date): Promise<{ accounts: number }> {
  return db.transaction(async (tx) => {
    const [first] = await tx.insert(accountEvents).values({ eventId: 'seed:demo-accounts', accountId: '-', type: 'seed' }).onConflictDoNothing().returning();
    if (!first) return { accounts: 0 };

    const subjects = await tx.selectDistinct({ id: cases.subjectAccountId }).from(cases);
    const parties = await tx.select().from(incidentParties);
    const rows = new Map<string, typeof accounts.$inferInsert>();
    for (const { id } of subjects) {
      const n = Number(id.split('_').pop()) || 0;
      const zh = n % 2 === 0;
      const displayName = (zh ? zhNames : enNames)[n % 8] + (n >= 8 ? ` ${n}` : '');
      rows.set(id, { id, handle: `@${id}`, displayName, registeredAt: new Date(now.getTime() - (200 + n * 7) * DAY), firstSeenAt: new Date(now.getTime() - (30 + n) * DAY) });
    }
    for (const p of parties) rows.set(p.accountId, { ...rows.get(p.accountId), id: p.accountId, handle: p.handle, displayName: p.displayName, isMinor: p.isMinor });
    rows.set(E2E_CLOSURE_ACCOUNT, { id: E2E_CLOSURE_ACCOUNT, handle: '@deals_deals_deals', displayName: 'Daily Deals 4U', registeredAt: new Date(now.getTime() - 12 * DAY) });
    rows.set(E2E_APPEAL_ACCOUNT, { id: E2E_APPEAL_ACCOUNT, handle: '@quote_keeper', displayName: 'Quote Keeper', registeredAt: new Date(now.getTime() - 400 * DAY) });
    // A minor who criticised an official: the platform flags minors, and their sanctions are urgent to review.
    rows.set('citizen_3', { handle: '@citizen_3', displayName: '小鱼同学', ...rows.get('citizen_3'), id: 'citizen_3', isMinor: true });
    const values = [...rows.values()];
    for (let i = 0; i < values.length; i += 500) await tx.insert(accounts).values(values.slice(i, i + 500)).onConflictDoNothing();

    // Name histories: the originator renamed after the pile-on began; another borrowed the target's name.
    const names: [string, string, string, number][] = [
      ['poster_0', '@linxiaoyu_truth', '林晓雨真相帖', 20], ['poster_0', '@chigua_01', '吃瓜第一线', 2],
      ['poster_7', '@justasking77', 'JustAsking', 60], ['poster_7', '@truthseeker77', 'TruthSeeker', 9],
      ['poster_2', '@poster_2', '热搜观察员', 90], ['poster_2', '@poster_2', '夜猫子看热闹', 5],
      [E2E_APPEAL_ACCOUNT, '@quote_keeper', 'Quote Keeper', 400],
    ];
    await tx.insert(accountNames).values(names.map(([accountId, handle, displayName, days]) => ({ accountId, handle, displayName, changedAt: new Date(now.getTime() - days * DAY) })));
    for (const id of ['poster_0', 'poster_7', 'poster_2']) {
      const last = names.filter((n) => n[0] === id).at(-1)!;
      await tx.update(accounts).set({ handle: last[1], displayName: last[2] }).where(eq(accounts.id, id));
    }

    const people = await tx.select().from(staff).where(inArray(staff.email, ['moderator@bulwark.test', 'moderator2@bulwark.test', 'supervisor@bulwark.test', 'supervisor2@bulwark.test']));
    const who = (email: string) => people.find((p) => p.email === `${email}@bulwark.test`)!.id;
    const [mod, mod2, sup, sup2] = [who('moderator'), who('moderator2'), who('supervisor'), who('supervisor2')];
    const [lin] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.title, '林晓雨毕业照遭网暴'));
    const at = (days: number) => new Date(now.getTime() - days * DAY);

    const specs: Spec[] = [
      { accountId: 'poster_0', type: 'mute', role: 'originator', reason: '首发林晓雨毕业照并配侮辱性文字。First to post the photo with insults.', categoryId: 'insult', by: mod, at: at(40), hours: 72, status: 'ended' },
      { accountId: 'poster_0', type: 'mute', role: 'originator', reason: '再次发布“被开除”谣言。Posted the expulsion rumour again after the police statement.', categoryId: 'rumour', incidentId: lin?.id, by: sup, approver: sup2, at: at(2), hours: 720, status: 'active', decisionReason: '第二次违规，且已有警方辟谣。Second strike after the police statement.' },
      { accountId: 'poster_0', type: 'closure', role: 'originator', reason: '三次首发网暴内容，建议关闭账号。Originated the pile-on three times; propose closing the account.', categoryId: 'rumour', incidentId: lin?.id, by: mod, at: new Date(now.getTime() - 3 * HOUR), status: 'proposed' },
      { accountId: 'poster_7', type: 'mute', role: 'inciter', reason: 'Called on followers to flood Emma Walsh\'s posts and shared her street.', categoryId: 'incitement', by: mod, at: at(1), hours: 168, status: 'active' },
      { accountId: 'poster_3', type: 'warning', role: 'participant', reason: 'Reply read as mockery of the target.', categoryId: 'derision', by: mod2, at: at(12), status: 'reversed', reversal: { by: sup2, reason: 'On appeal: the reply quoted the attacker to criticise him.' } },
      { accountId: 'poster_12', type: 'closure', role: 'frequent_publisher', reason: '频繁转发谣言。Reposted the rumour many times.', categoryId: 'rumour', by: mod2, approver: sup, at: at(6), status: 'rejected', decisionReason: '转发者而非首发者：禁言即可。A reposter, not the originator: a mute is enough.' },
      { accountId: 'poster_5', type: 'warning', role: 'participant', reason: 'Insulting reply in a pile-on.', categoryId: 'insult', by: mod, at: at(20), status: 'active' },
      { accountId: 'poster_9', type: 'dm_suspension', role: 'participant', reason: 'Sent abusive private messages to the target.', categoryId: 'threat', by: mod2, at: at(10), hours: 168, status: 'ended' },
      { accountId: E2E_APPEAL_ACCOUNT, type: 'mute', role: 'participant', reason: 'Posted a screenshot of insults (read as repeating them).', categoryId: 'insult', by: mod, at: at(1), hours: 168, status: 'active' },
    ];
    const standardsVersion = await currentStandardsVersion(tx);
    let appealOn: string | null = null;
    for (const s of specs) {
      const row = await insertSanction(tx, s, standardsVersion);
      if (s.accountId === 'poster_7') appealOn = row;
      if (s.reversal) {
        await tx.insert(appeals).values({ externalId: `demo-appeal-${row}`, sanctionId: row, statement: 'I was quoting the person who attacked her, to call it out.', status: 'overturned', filedAt: new Date(s.at.getTime() + DAY), decidedBy: s.reversal.by, decidedAt: new Date(s.at.getTime() + 2 * DAY), decisionReason: s.reversal.reason });
      }
    }
    if (appealOn) {
      await tx.insert(appeals).values({ externalId: 'demo-appeal-open', sanctionId: appealOn, statement: 'I never posted her address. Someone else in the thread did; I only asked questions.', filedAt: new Date(now.getTime() - 5 * HOUR) });
    }
    await writeAudit(tx, seedActor, 'seed-accounts', [{ action: 'demo.seed', targetType: 'sanction', after: { sanctions: specs.length, accounts: values.length } }]);
    return { accounts: values.length };
  });
}

async function insertSanction(tx: Tx, s: Spec, standardsVersion: number | null): Promise<string> {
  const startsAt = s.status === 'proposed' || s.status === 'rejected' ? null : new Date(s.at.getTime() + (s.approver ? HOUR : 0));
  const endsAt = startsAt && s.hours ? new Date(startsAt.getTime() + s.hours * HOUR) : null;
  const decided = s.status !== 'proposed';
  await tx.insert(accounts).values({ id: s.accountId, handle: `@${s.accountId}` }).onConflictDoNothing();
  const [row] = await tx.insert(sanctions).values({
    accountId: s.accountId, type: s.type, status: s.status, role: s.role, reason: s.reason, categoryId: s.categoryId ?? null,
    standardsVersion, incidentId: s.incidentId ?? null, startsAt, endsAt, durationHours: s.hours ?? null,
    proposedBy: s.by, proposedAt: s.at,
    decidedBy: decided ? s.approver ?? s.by : null, decidedAt: decided ? startsAt ?? new Date(s.at.getTime() + HOUR) : null,
    decisionReason: s.decisionReason ?? null, endedAt: s.status === 'ended' ? endsAt : null,
    reversedBy: s.reversal?.by ?? null, reversedAt: s.reversal ? new Date(s.at.getTime() + 2 * DAY) : null, reversalReason: s.reversal?.reason ?? null,
  }).returning({ id: sanctions.id });
  const linked = await tx.select({ id: cases.id }).from(cases).where(eq(cases.subjectAccountId, s.accountId)).orderBy(asc(cases.createdAt)).limit(2);
  if (linked.length) await tx.insert(sanctionCases).values(linked.map((c) => ({ sanctionId: row.id, caseId: c.id })));
  return row.id;
}
