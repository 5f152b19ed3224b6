import type { Database } from '@/db/client';
import { prepublicationVideos } from '@/db/schema';
import type { Fixtures } from './types';

let n = 0;
const heldVideo = async (db: Database['db']) => {
  const [row] = await db.insert(prepublicationVideos).values({ externalId: `authz-vid-${Date.now()}-${++n}`, title: 't', uploaderAccountId: 'u', riskReasons: ['x'] }).returning();
  return row.id;
};

export const fixtures: Fixtures = {
  actions: {
    'video.decide': async ({ db }) => ({ videoId: await heldVideo(db), decision: 'approved', reason: 'fine to publish' }),
  },
  routes: {
    'POST /api/v1/videos/prepublication': async () => ({ body: { externalId: `authz-route-vid-${Date.now()}-${++n}`, title: 't', uploaderAccountId: 'u', riskReasons: ['x'] } }),
  },
};
