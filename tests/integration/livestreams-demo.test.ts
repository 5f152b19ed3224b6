import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoComments } from '@/scripts/seed/demo-comments';
import { seedDemoLivestreams } from '@/scripts/seed/demo-livestreams';
import { seedDemoVideos } from '@/scripts/seed/demo-videos';
import { pendingApprovals } from '@/lib/approvals/sources';
import { listPosts, loadPostPage } from '@/lib/comments/queries';
import { selectionOf } from '@/lib/comments/selection';
import { listRooms } from '@/lib/livestreams/queries';
import { listVideos } from '@/lib/videos/queries';
import { createDemoDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const now = new Date('2025-07-25T09:00:00Z');
beforeAll(async () => {
  t = await createDemoDatabase(now);
});
afterAll(async () => { await t.drop(); });

describe('the demo comment sections, livestreams and held videos', () => {
  it('seed rooms around the incidents: a self-harm room first, a watched room of an incident party, a pending host ban', async () => {
    const rooms = await listRooms(t.db);
    expect(rooms.length).toBe(6);
    expect(rooms[0]).toMatchObject({ externalId: 'live-demo-night-talk', selfHarm: true, status: 'live' });
    expect(rooms.find((r) => r.externalId === 'live-lin-xiaoyu-qa')).toMatchObject({ watched: true, hostAccountId: 'poster_0' });
    expect(rooms.find((r) => r.externalId === 'live-lin-xiaoyu-qa')!.intercepted).toBeGreaterThan(0);
    expect(rooms.find((r) => r.externalId === 'live-demo-cooking')!.status).toBe('ended');
    // Named after an incident, though not linked to it and not hosted by a party: shown with it, not watched.
    expect(rooms.find((r) => r.externalId === 'live-emma-walsh-debate')).toMatchObject({ incidentTitle: 'Emma Walsh fundraiser rumours', watched: false });
    expect((await pendingApprovals(t.db)).filter((p) => p.kind === 'host_ban')).toHaveLength(1);
  });

  it('seed posts with flagged comments linked to the incidents, one with a pinned statement', async () => {
    const posts = await listPosts(t.db);
    expect(posts.map((p) => p.externalId)).toEqual(expect.arrayContaining(['post-demo-lin-graduation', 'post-demo-emma-update', 'post-demo-hiking']));
    // Posts with a visible self-harm comment come first.
    expect(posts[0].selfHarm).toBe(true);
    expect(posts.find((p) => p.externalId === 'post-demo-hiking')!.selfHarm).toBe(false);
    const lin = posts.find((p) => p.externalId === 'post-demo-lin-graduation')!;
    expect(lin.flaggedCount).toBeGreaterThanOrEqual(3);
    expect(lin.incidentTitle).toBeTruthy();
    const emma = (await loadPostPage(t.db, posts.find((p) => p.externalId === 'post-demo-emma-update')!.id, selectionOf({})))!;
    expect(emma.pinned).not.toBeNull();
    const hiking = (await loadPostPage(t.db, posts.find((p) => p.externalId === 'post-demo-hiking')!.id, selectionOf({ q: '#spamwave' })))!;
    expect(hiking.preview.fold).toBe(3);
  });

  it('seed held videos with the self-harm one first and one by an incident party', async () => {
    const videos = await listVideos(t.db);
    expect(videos[0]).toMatchObject({ externalId: 'vid-demo-nobody-miss', selfHarm: true, categoryId: 'self_harm' });
    expect(videos.find((v) => v.externalId === 'vid-demo-lin-exposed')!.incidentTitle).toBeTruthy();
    expect(videos.map((v) => v.externalId)).toContain('vid-demo-kitten-rescue');
  });

  it('seed once', async () => {
    expect(await seedDemoLivestreams(t.db, now)).toEqual({ rooms: 0 });
    expect(await seedDemoComments(t.db, now)).toEqual({ posts: 0 });
    expect(await seedDemoVideos(t.db, now)).toEqual({ videos: 0 });
  });
});
