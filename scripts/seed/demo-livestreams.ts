import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { hostBans, liveRooms, sections, staff } from '@/db/schema';
import { writeAudit, type AuditInput } from '@/lib/audit/write';
import { livestreamEventsInput } from '@/lib/livestreams/events-schema';
import { applyLivestreamEvents } from '@/lib/livestreams/events';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const MINUTE = 60_000;

type Room = { roomId: string; host: string; name: string; viewers: number; bullets?: string[]; end?: boolean };

// The three live_room sections seedDemoSections makes (ids "live-…"), plus rooms of our own: a
// self-harm one, an ended one, and "live-demo-yoga" for e2e/livestreams.spec.ts (it stops it).
// poster_0 is a party to the Lin Xiaoyu incident, so that room is watched.
const rooms: Room[] = [
  { roomId: 'live-lin-xiaoyu-qa', host: 'poster_0', name: '林晓雨事件连麦吃瓜', viewers: 2300, bullets: [
    '林晓雨滚出网络', '那个考研失败的女生天天发朋友圈装可怜，真是个废物，活着浪费空气。', '主播快说说林晓雨到底怎么回事', '这个女主播长得像猪，说话像狗叫，谁给她刷礼物谁就是傻子。'] },
  { roomId: 'live-emma-walsh-debate', host: 'truthseeker_live', name: 'Emma Walsh: the truth, live', viewers: 640, bullets: [
    'Everyone report and spam this streamer until she quits, she’s a talentless slut.', 'Is there any evidence at all?', 'The hospital already confirmed it.'] },
  { roomId: 'live-evening-karaoke', host: 'karaoke_queen', name: '晚间K歌房', viewers: 180, bullets: ['好听！', '再来一首'] },
  { roomId: 'live-demo-night-talk', host: 'night_owl_91', name: '深夜树洞 late night talk', viewers: 95, bullets: [
    '你怎么还不去死？大家都讨厌你，你活着就是个笑话。', 'Why are you still alive? Nobody would miss you.', '抱抱你'] },
  { roomId: 'live-demo-cooking', host: 'chef_wang', name: '王师傅家常菜', viewers: 0, end: true },
  { roomId: 'live-demo-yoga', host: 'yoga_lin', name: 'Morning yoga 晨间瑜伽', viewers: 42, bullets: ['namaste'] },
];

/**
 * Live rooms through the same events path the platform uses (bullet comments checked on arrival),
 * after seedDemoSections so the rooms it made as sections get their live state; and one host-ban
 * proposal by the first supervisor for the second to decide.
 */
export async function seedDemoLivestreams(db: Db, now: Date): Promise<{ rooms: number }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(liveRooms);
    if (n > 0) return { rooms: 0 };
    const entries: AuditInput[] = [];
    const events = rooms.flatMap((r, i) => [
      { type: 'room_opened' as const, roomId: r.roomId, hostAccountId: r.host, name: r.name, openedAt: new Date(now.getTime() - (90 - i * 10) * MINUTE).toISOString() },
      { type: 'viewers' as const, roomId: r.roomId, viewers: r.viewers },
      ...(r.bullets ? [{ type: 'bullet_comments' as const, roomId: r.roomId, comments: r.bullets.map((text, j) => ({ bulletId: `${r.roomId}-b${j}`, accountId: `viewer_${i}_${j}`, text })) }] : []),
      ...(r.end ? [{ type: 'room_ended' as const, roomId: r.roomId }] : []),
    ]);
    await applyLivestreamEvents({ tx, now, audit: (e) => void entries.push(e) }, livestreamEventsInput.parse({ events }).events);
    const [supervisor] = await tx.select().from(staff).where(inArray(staff.email, ['supervisor@bulwark.test']));
    const [emma] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.externalId, 'live-emma-walsh-debate'));
    if (supervisor && emma) {
      const [ban] = await tx.insert(hostBans).values({
        sectionId: emma.id, hostAccountId: 'truthseeker_live', proposedBy: supervisor.id, proposedAt: new Date(now.getTime() - 20 * MINUTE),
        reason: 'Third room this week rallying viewers against Emma Walsh; bullet comments intercepted for incitement.',
      }).returning();
      entries.push({ action: 'livestream.proposeHostBan', targetType: 'host_ban', targetId: ban.id, after: { host: ban.hostAccountId } });
    }
    await writeAudit(tx, seedActor, 'demo-seed', entries);
    return { rooms: rooms.length };
  });
}
