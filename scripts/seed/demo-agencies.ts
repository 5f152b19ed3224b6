import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import { accountNames, accounts, agencies, agencyActions, agencyMemberships, cases, incidentCases, incidents, staff } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { flagRenameIfHot } from '@/lib/identity-checks/flag';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The account ids of the subjects of cases linked to the demo incident with this title. */
async function caseSubjects(tx: Executor, title: string, limit: number): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: cases.subjectAccountId }).from(incidentCases)
    .innerJoin(cases, eq(cases.id, incidentCases.caseId))
    .innerJoin(incidents, eq(incidents.id, incidentCases.incidentId))
    .where(eq(incidents.title, title))
    .orderBy(cases.subjectAccountId).limit(limit);
  return rows.map((r) => r.id);
}

type Member = { id: string; handle: string; displayName: string };

// The sanctions capability seeds accounts too: whichever runs first creates the row, and membership is only added.
async function join(tx: Executor, agencyId: string, members: Member[], joinedAt: Date, leftAt: Date | null = null) {
  if (!members.length) return;
  await tx.insert(accounts).values(members.map((m) => ({ ...m, firstSeenAt: joinedAt }))).onConflictDoNothing();
  await tx.insert(agencyMemberships).values(members.map((m) => ({ agencyId, accountId: m.id, joinedAt, leftAt }))).onConflictDoNothing();
  if (!leftAt) {
    await tx.update(accounts).set({ agencyId }).where(and(inArray(accounts.id, members.map((m) => m.id)), isNull(accounts.agencyId)));
  }
}

/**
 * Two MCN agencies over the demo incidents (notice IV.2): Starlight manages the originator and the
 * inciter of the demo incidents and accounts reported in them, with a proposed income suspension
 * waiting on /approvals; Harbor Creators has one member in an incident. One account renamed after
 * the first incident's targeted person waits in the identity-check queue.
 */
export async function seedDemoAgencies(db: Db, now: Date): Promise<{ agencies: number }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(agencies).where(inArray(agencies.externalId, ['mcn-starlight', 'mcn-harbor']));
    if (n > 0) return { agencies: 0 };
    const [moderator] = await tx.select().from(staff).where(eq(staff.email, 'moderator@bulwark.test'));
    const [zhIncident] = await tx.select().from(incidents).where(eq(incidents.title, '林晓雨毕业照遭网暴'));

    const [starlight, harbor] = await tx.insert(agencies).values([
      { externalId: 'mcn-starlight', name: '星耀传媒 Starlight MCN', createdAt: new Date(now.getTime() - 90 * DAY) },
      { externalId: 'mcn-harbor', name: 'Harbor Creators', createdAt: new Date(now.getTime() - 60 * DAY) },
    ]).returning();

    const named = (id: string, handle: string, displayName: string): Member => ({ id, handle, displayName });
    const reported = async (title: string, limit: number, skip: string[]) =>
      (await caseSubjects(tx, title, limit + skip.length)).filter((id) => !skip.includes(id)).slice(0, limit).map((id) => named(id, `@${id}`, id));
    const parties = [named('poster_0', '@chigua_01', '吃瓜第一线'), named('poster_7', '@truthseeker77', 'TruthSeeker')];
    const zhReported = await reported('林晓雨毕业照遭网暴', 3, parties.map((p) => p.id));
    await join(tx, starlight.id, [...parties, ...zhReported, named('starlight_vlog', '@starlight_vlog', '星耀日常')], new Date(now.getTime() - 60 * DAY));
    await join(tx, starlight.id, [named('starlight_former', '@former_star', '前星耀主播')], new Date(now.getTime() - 80 * DAY), new Date(now.getTime() - 20 * DAY));
    const enReported = await reported('Emma Walsh fundraiser rumours', 1, [...parties, ...zhReported].map((p) => p.id));
    await join(tx, harbor.id, [...enReported, named('harbor_cooking', '@harbor_cooking', 'Harbor Kitchen')], new Date(now.getTime() - 30 * DAY));

    if (moderator) {
      const [action] = await tx.insert(agencyActions).values({
        agencyId: starlight.id, type: 'suspend_income', status: 'proposed', incidentId: zhIncident?.id ?? null, proposedBy: moderator.id,
        reason: '旗下多个账号在林晓雨事件中首发并煽动攻击，疑似有组织炒作。Several managed accounts started and fuelled the pile-on.',
        proposedAt: new Date(now.getTime() - 2 * HOUR),
      }).returning();
      await writeAudit(tx, seedActor, 'demo-seed-agencies', [{
        action: 'agency.proposeAction', targetType: 'agency', targetId: starlight.id, after: { actionId: action.id, type: action.type },
      }]);
    }

    // Renamed after the targeted person while the incident is active: flagged as the events API would.
    const renamedAt = new Date(now.getTime() - 5 * HOUR);
    await tx.insert(accounts).values({ id: 'fan_xiaoyu_88', handle: '@xiaoyu_lin_real', displayName: '林晓雨本人', firstSeenAt: new Date(now.getTime() - 40 * DAY) }).onConflictDoNothing();
    await tx.insert(accountNames).values([
      { accountId: 'fan_xiaoyu_88', handle: '@daily_cat', displayName: '每日猫咪', changedAt: new Date(now.getTime() - 40 * DAY) },
      { accountId: 'fan_xiaoyu_88', handle: '@xiaoyu_lin_real', displayName: '林晓雨本人', changedAt: renamedAt },
    ]);
    await join(tx, starlight.id, [named('fan_xiaoyu_88', '@xiaoyu_lin_real', '林晓雨本人')], new Date(now.getTime() - 10 * DAY));
    await flagRenameIfHot(tx, { accountId: 'fan_xiaoyu_88', handle: '@xiaoyu_lin_real', displayName: '林晓雨本人', at: renamedAt });
    return { agencies: 2 };
  });
}
