import type { Database } from '@/db/client';
import { hostBans, liveRooms, sections } from '@/db/schema';
import { createStaff } from '../../support/staff';
import type { Fixtures } from './types';

type Db = Database['db'];
let n = 0;

// Each call opens its own room, so one role's success never changes what the next finds.
async function room(db: Db) {
  n += 1;
  const [section] = await db.insert(sections).values({ externalId: `authz-room-${Date.now()}-${n}`, kind: 'live_room', name: 'authz room' }).returning();
  await db.insert(liveRooms).values({ sectionId: section.id, hostAccountId: `authz-host-${n}` });
  return section.id;
}

export const fixtures: Fixtures = {
  actions: {
    'livestream.stop': async ({ db }) => ({ sectionId: await room(db), reason: 'authz check' }),
    'livestream.proposeHostBan': async ({ db }) => ({ sectionId: await room(db), reason: 'authz check' }),
    // Proposed by someone else: the caller must be a second person.
    'livestream.decideHostBan': async ({ db }) => {
      const sectionId = await room(db);
      const proposer = await createStaff(db, 'supervisor');
      const [ban] = await db.insert(hostBans).values({ sectionId, hostAccountId: 'h', reason: 'r', proposedBy: proposer.id }).returning();
      return { banId: ban.id, decision: 'rejected', reason: 'not enough' };
    },
  },
  routes: {
    'POST /api/v1/livestreams/events': async () => ({ body: { events: [{ type: 'room_opened', roomId: `authz-route-room-${Date.now()}-${++n}`, hostAccountId: 'h', name: 'n' }] } }),
  },
};
