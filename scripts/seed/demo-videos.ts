import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { prepublicationVideos } from '@/db/schema';
import { writeAudit } from '@/lib/audit/write';
import { prepublicationInput } from '@/lib/videos/intake-schema';
import { holdVideo } from '@/lib/videos/intake';
import { demoMedia, demoVideo } from './demo-media';

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };
const MINUTE = 60_000;

// Held videos around the two demo incidents, one that may induce self-harm, and one kept for the
// e2e spec (e2e/videos.spec.ts approves "vid-demo-kitten-rescue").
const videos = [
  { externalId: 'vid-demo-kitten-rescue', title: 'Kitten rescue compilation 小猫救援合集', coverText: 'They made it!', uploaderAccountId: 'paws_daily', riskReasons: ['violence'], description: 'Firefighters free a kitten from a drain.', media: demoVideo() },
  { externalId: 'vid-demo-lin-exposed', title: '林晓雨真面目曝光', coverText: '林晓雨滚出网络', uploaderAccountId: 'poster_0', riskReasons: ['insult', 'privacy'], description: '她的学校是XX大学，宿舍在3号楼，大家去评论区问候她。' },
  { externalId: 'vid-demo-nobody-miss', title: 'Why are you still alive', coverText: 'Why are you still alive? Nobody would miss you.', uploaderAccountId: 'dark_reels_22', riskReasons: ['harassment'], description: '' },
  { externalId: 'vid-demo-emma-fraud', title: 'Emma Walsh fundraiser FRAUD proof', coverText: 'Emma Walsh faked it all', uploaderAccountId: 'truthseeker77_clips', riskReasons: ['rumour'], description: 'Share before they delete it. #EmmaWalshExposed' },
  { externalId: 'vid-demo-film-review', title: '这部电影剧本烂透了', coverText: '导演完全不懂历史', uploaderAccountId: 'film_critic_88', riskReasons: ['insult'], description: '三分钟吐槽，纯属个人观点。', media: [demoMedia('thumbnail', 'video-thumbnail.png')] },
];

/** Held short videos for /videos, through the same path the platform API takes (checked on arrival). */
export async function seedDemoVideos(db: Db, now: Date): Promise<{ videos: number }> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(prepublicationVideos);
    if (n > 0) return { videos: 0 };
    for (const [i, v] of videos.entries()) {
      const held = await holdVideo(tx, prepublicationInput.parse(v), new Date(now.getTime() - (videos.length - i) * 7 * MINUTE));
      if (held?.created) {
        await writeAudit(tx, seedActor, 'demo-seed', [{ action: 'video.held', targetType: 'video', targetId: held.video.id, after: { externalId: v.externalId } }]);
      }
    }
    return { videos: videos.length };
  });
}
