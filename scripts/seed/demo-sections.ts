import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { incidents, sections, staff } from '@/db/schema';
import { writeAudit, type AuditInput } from '@/lib/audit/write';
import { proposeClosure } from '@/lib/sections/closure';
import { disperse, linkToIncident, lockSections } from '@/lib/sections/dispersal';
import { applySectionEvents } from '@/lib/sections/events';
import { createRule } from '@/lib/sections/rules';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Live rooms are sections of kind live_room; their platform ids start with "live-". The livestreams
 * demo can find them by these ids (sections.external_id) once seedDemoSections has run.
 */
export const demoLiveRoomIds = ['live-lin-xiaoyu-qa', 'live-emma-walsh-debate', 'live-evening-karaoke'] as const;

type Spec = {
  id: string; kind: 'topic' | 'group' | 'board' | 'entry' | 'live_room'; name: string; owner?: string; incident?: 0 | 1;
  heat: number; flagged: number; total: number; selfHarm?: number; posts?: [text: string, flagged: boolean][];
};

const specs: Spec[] = [
  { id: 'topic-lin-xiaoyu', kind: 'topic', name: '#林晓雨滚出网络#', incident: 0, heat: 840, flagged: 310, total: 1200, posts: [
    ['林晓雨就是个骗子，大家人肉她！', true], ['她的学校是XX大学，宿舍在3号楼', true], ['等警方通报吧，别乱传', false]] },
  { id: 'board-campus-gossip', kind: 'board', name: '校园八卦版', heat: 260, flagged: 44, total: 900, posts: [
    ['听说林晓雨被开除了？有没有知情人', true], ['食堂今天的红烧肉不错', false]] },
  { id: 'board-lin-xiaoyu-rumours', kind: 'board', name: '林晓雨谣言汇总', heat: 75, flagged: 20, total: 60, posts: [
    ['林晓雨毕业照原图在这里，懂的都懂', true], ['有人整理了她所有社交账号', true]] },
  { id: 'entry-lin-xiaoyu', kind: 'entry', name: '林晓雨（人物）', heat: 40, flagged: 12, total: 30 },
  { id: 'live-lin-xiaoyu-qa', kind: 'live_room', name: '林晓雨事件连麦吃瓜', heat: 510, flagged: 96, total: 700, posts: [
    ['主播快说说林晓雨到底怎么回事', false], ['林晓雨活该', true]] },
  { id: 'group-chigua-submissions', kind: 'group', name: '吃瓜投稿墙', owner: 'poster_0', heat: 190, flagged: 40, total: 120 },
  { id: 'topic-emmawalsh-exposed', kind: 'topic', name: '#EmmaWalshExposed', incident: 1, heat: 420, flagged: 95, total: 600, posts: [
    ['Emma Walsh faked the whole fundraiser, here is her address', true], ['The hospital confirmed it is real, stop this', false]] },
  { id: 'group-truth-seekers', kind: 'group', name: 'Truth Seekers HQ', owner: 'poster_7', heat: 130, flagged: 35, total: 210, posts: [
    ['Everyone report Emma Walsh to her employer today', true]] },
  { id: 'board-fundraiser-watch', kind: 'board', name: 'Fundraiser watch', heat: 55, flagged: 3, total: 140, posts: [
    ['Is the Emma Walsh fundraiser legit? Genuine question', false]] },
  { id: 'live-emma-walsh-debate', kind: 'live_room', name: 'Emma Walsh: the truth, live', heat: 300, flagged: 60, total: 380 },
  { id: 'topic-nobody-cares', kind: 'topic', name: '#nobody cares if I am gone', heat: 35, flagged: 9, total: 40, selfHarm: 4, posts: [
    ['tell me the easiest way, I am done', true]] },
  { id: 'topic-weekend-recipes', kind: 'topic', name: 'Weekend recipes 周末食谱', heat: 610, flagged: 2, total: 2400 },
  { id: 'group-cat-lovers', kind: 'group', name: '猫咪爱好者', owner: 'cat_admin', heat: 90, flagged: 0, total: 800 },
  { id: 'live-evening-karaoke', kind: 'live_room', name: '晚间K歌房', heat: 150, flagged: 1, total: 500 },
];

// The same "submission" through six accounts registered the day before.
const submission = (i: number) => ['【投稿】我是林晓雨的同学，她考试作弊被学校开除了，大家快转发！', '【投稿】我是林晓雨的同学,她考试作弊被学校开除了,大家快转发!!',
  '投稿：我是林晓雨的同学，她考试作弊被学校开除了，快转发', '【匿名投稿】我是林晓雨同学，她考试作弊被学校开除了，大家快转发～'][i % 4];

/**
 * Sections around the two demo incidents, fed through the same events path the platform uses (so
 * rules, name history and bot-submission detection apply), then: two linked, one dispersed, one bot
 * group proposed for closure, one name rule that marks a copycat topic.
 */
export async function seedDemoSections(db: Db, now: Date): Promise<{ sections: number }> {
  return db.transaction(async (tx) => {
    // Other demos add sections of their own (live rooms), so look for this demo's first row instead of any row.
    const [{ n }] = await tx.select({ n: count() }).from(sections).where(eq(sections.externalId, specs[0].id));
    if (n > 0) return { sections: 0 };
    const people = await tx.select().from(staff).where(inArray(staff.email, ['moderator@bulwark.test', 'supervisor@bulwark.test']));
    const demoIncidents = await tx.select({ id: incidents.id }).from(incidents)
      .where(inArray(incidents.title, ['林晓雨毕业照遭网暴', 'Emma Walsh fundraiser rumours'])).orderBy(incidents.createdAt);
    const moderator = people.find((p) => p.email === 'moderator@bulwark.test')!;
    const supervisor = people.find((p) => p.email === 'supervisor@bulwark.test')!;
    const entries: AuditInput[] = [];
    const audit = (e: AuditInput) => void entries.push(e);
    const at = (h: number) => new Date(now.getTime() - h * HOUR).toISOString();
    let p = 0;
    const events: unknown[] = specs.flatMap((s, i) => [
      { type: 'created', externalId: s.id, kind: s.kind, name: s.name, ...(s.owner ? { ownerAccountId: s.owner } : {}), createdAt: at(72 - i) },
      { type: 'activity', externalId: s.id, postsLastHour: s.heat, flaggedItems: s.flagged, totalItems: s.total, selfHarmItems: s.selfHarm ?? 0, at: at(0.2) },
      ...(s.posts ?? []).map(([text, flagged]) => ({ type: 'post', externalId: s.id, post: {
        externalId: `demo-post-${++p}`, authorAccountId: `demo_user_${p}`, authorCreatedAt: new Date(now.getTime() - 400 * DAY).toISOString(),
        text, flagged, selfHarm: s.selfHarm ? flagged : false, postedAt: at(5 - (p % 5)) } })),
    ]);
    for (let i = 0; i < 6; i++) {
      events.push({ type: 'post', externalId: 'group-chigua-submissions', post: {
        externalId: `demo-submission-${i}`, authorAccountId: `new_acct_${i}`, authorCreatedAt: new Date(now.getTime() - 2 * DAY).toISOString(),
        text: submission(i), flagged: true, postedAt: at(3 - i * 0.3) } });
    }
    events.push({ type: 'renamed', externalId: 'topic-emmawalsh-exposed', name: '#EmmaWalshExposed', at: at(20) });
    await applySectionEvents(tx, events, now, audit);

    const byExternal = async (ids: string[]) => lockSections(tx, (await tx.select({ id: sections.id }).from(sections).where(inArray(sections.externalId, ids))).map((r) => r.id));
    for (const s of specs.filter((x) => x.incident !== undefined && demoIncidents[x.incident!])) {
      const [row] = await byExternal([s.id]);
      await linkToIncident(tx, row, demoIncidents[s.incident!].id, supervisor, audit);
    }
    const [entry] = await byExternal(['entry-lin-xiaoyu']);
    if (demoIncidents[0]) await linkToIncident(tx, entry, demoIncidents[0].id, moderator, audit);
    const [linkedEntry] = await byExternal(['entry-lin-xiaoyu']);
    await disperse(tx, linkedEntry, moderator, { reason: '人物词条被用来集中辱骂', incidentId: demoIncidents[0]?.id }, audit);
    if (demoIncidents[0]) await linkToIncident(tx, (await byExternal(['group-chigua-submissions']))[0], demoIncidents[0].id, moderator, audit);
    const [wall] = await byExternal(['group-chigua-submissions']);
    await proposeClosure(tx, wall, 'group_account', '新注册账号批量发布相同“投稿”造谣', moderator, audit);

    await applySectionEvents(tx, [{ type: 'created', externalId: 'topic-lin-xiaoyu-copy', kind: 'topic', name: '林晓雨滚出网络2', createdAt: at(2) }], now, audit);
    await createRule(tx, {
      pattern: '林晓雨滚出*', match: 'glob', kinds: ['topic', 'group'], until: new Date(Math.max(now.getTime(), Date.now()) + 7 * DAY),
      reason: '话题被用于组织网暴', incidentId: demoIncidents[0]?.id ?? null, markExisting: true,
    }, supervisor, audit);
    await writeAudit(tx, seedActor, 'demo-seed-sections', entries);
    return { sections: specs.length + 1 };
  });
}
