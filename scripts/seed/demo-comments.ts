import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { incidentStatements, posts, staff } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { commentEventsInput } from '@/lib/comments/intake-schema';
import { intakeCommentEvents } from '@/lib/comments/intake';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const MINUTE = 60_000;

type Spec = { postId: string; author: string; text: string; comments: [author: string, text: string][] };

// Comments near the demo library's examples are flagged on arrival with their category; the rest
// are ordinary replies and legitimate criticism. "post-demo-hiking" belongs to e2e/comments.spec.ts
// (it folds the "#spamwave" comments and undoes it).
const specs: Spec[] = [
  { postId: 'post-demo-lin-graduation', author: 'poster_0', text: '林晓雨的毕业照，大家评评理。', comments: [
    ['troll_a1', '那个考研失败的女生天天发朋友圈装可怜，真是个废物，活着浪费空气。'],
    ['troll_a2', '那个考研失败的女生天天发朋友圈装可怜，真是个废物，活着浪费空气！！林晓雨滚出网络'],
    ['troll_a3', '你怎么还不去死？大家都讨厌你，你活着就是个笑话。'],
    ['troll_a4', '听说那个新来的女老师是靠陪睡上位的，大家转发让全校都知道。'],
    ['troll_a5', '林晓雨滚出网络'],
    ['calm_b1', '等警方通报吧，别乱传。'],
    ['calm_b2', '毕业快乐，照片拍得很好看。'],
    ['critic_b3', '学校对这件事的回应太慢了，应该尽快说明情况。'],
  ] },
  { postId: 'post-demo-emma-update', author: 'emma_supporter', text: 'Update on the Emma Walsh fundraiser: the hospital has confirmed the treatment.', comments: [
    ['brigade_1', 'Everyone report and spam this streamer until she quits, she’s a talentless slut.'],
    ['brigade_2', 'Here is the phone number of the nurse who complained. Flood her with calls.'],
    ['brigade_3', 'Why are you still alive? Nobody would miss you.'],
    ['reader_1', 'The charity spent 70% of donations on salaries according to its own report? Source please.'],
    ['reader_2', 'Glad to hear she is getting treatment.'],
  ] },
  { postId: 'post-demo-hiking', author: 'trail_mix', text: 'Weekend hiking photos from the ridge 周末爬山', comments: [
    ['spam_1', 'cheap followers here #spamwave click now'],
    ['spam_2', '#spamwave 低价刷粉 加微信'],
    ['spam_3', 'best deals #spamwave'],
    ['hiker_1', 'Beautiful view, which trail is this?'],
    ['hiker_2', '风景真好！'],
  ] },
];

/** Posts with comments for /posts, through the same path as the platform's events (checked on arrival). */
export async function seedDemoComments(db: Db, now: Date): Promise<{ posts: number }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(posts);
    if (n > 0) return { posts: 0 };
    const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MINUTE).toISOString();
    const events = specs.flatMap((s, i) => [
      { type: 'post_created' as const, postId: s.postId, authorAccountId: s.author, text: s.text, createdAt: at(300 - i * 60) },
      { type: 'comments_added' as const, postId: s.postId, comments: s.comments.map(([author, text], j) => ({ commentId: `${s.postId}-c${j + 1}`, authorAccountId: author, text, createdAt: at(280 - i * 60 - j * 3) })) },
    ]);
    const result = await intakeCommentEvents(tx, commentEventsInput.parse({ events }), now);
    // The Emma Walsh post shows the hospital's statement pinned first; the Lin Xiaoyu one is left for staff to pin.
    const [emma] = await tx.select().from(posts).where(eq(posts.externalId, 'post-demo-emma-update'));
    const [statement] = emma?.incidentId ? await tx.select().from(incidentStatements).where(eq(incidentStatements.incidentId, emma.incidentId)) : [];
    const [moderator] = await tx.select().from(staff).where(eq(staff.email, 'moderator@bulwark.test'));
    if (emma && statement && moderator) {
      await tx.update(posts).set({ pinnedStatementId: statement.id, pinnedBy: moderator.id, pinnedAt: now }).where(eq(posts.id, emma.id));
    }
    await writeAudit(tx, seedActor, 'demo-seed', [{ action: 'comments.received', targetType: 'comments', after: { postsCreated: result.postsCreated, commentsStored: result.commentsStored, flagged: result.flagged } }]);
    return { posts: result.postsCreated };
  });
}
