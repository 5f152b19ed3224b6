import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { sectionClosures, sectionDispersals, sectionNameRules, sectionPosts, sections } from '@/db/schema';
import { createStaff } from '../../support/staff';
import { insertIncident } from '../../support/incidents';
import type { Fixtures } from './types';

type Db = Database['db'];

// Each call makes its own section, so one role's success never changes what the next finds.
async function section(db: Db, over: Partial<typeof sections.$inferInsert> = {}) {
  const [row] = await db.insert(sections).values({ externalId: `authz-${randomUUID()}`, kind: 'group', name: 'authz group', ownerAccountId: 'authz-owner', ...over }).returning();
  return row;
}
// A closure proposed by someone else: the proposer may not decide their own.
async function pendingClosure(db: Db) {
  const s = await section(db);
  const proposer = await createStaff(db, 'supervisor');
  const [c] = await db.insert(sectionClosures).values({ sectionId: s.id, reason: 'authz', proposedBy: proposer.id }).returning();
  return { closureId: c.id, reason: 'checked by a second supervisor' };
}
async function post(db: Db, folded: boolean) {
  const s = await section(db);
  const [p] = await db.insert(sectionPosts).values({ externalId: `authz-post-${randomUUID()}`, sectionId: s.id, authorAccountId: 'authz-author', text: 'authz', flagged: true, folded }).returning();
  return { postIds: [p.id], reason: 'authz' };
}
const future = () => new Date(Date.now() + 86_400_000).toISOString();

export const fixtures: Fixtures = {
  actions: {
    'section.disperse': async ({ db }) => ({ sectionIds: [(await section(db)).id], reason: 'authz' }),
    'section.restore': async ({ db }) => {
      const s = await section(db, { status: 'dispersed' });
      const by = await createStaff(db, 'moderator');
      await db.insert(sectionDispersals).values({ sectionId: s.id, previousStatus: 'open', dispersedBy: by.id });
      return { sectionId: s.id };
    },
    'section.foldPosts': async ({ db }) => post(db, false),
    'section.unfoldPosts': async ({ db }) => post(db, true),
    'section.link': async ({ db }) => ({ sectionIds: [(await section(db)).id], incidentId: (await insertIncident(db)).incident.id }),
    'section.proposeClosure': async ({ db }) => ({ sectionIds: [(await section(db)).id], target: 'group_account', reason: 'authz reason' }),
    'section.approveClosure': async ({ db }) => pendingClosure(db),
    'section.rejectClosure': async ({ db }) => pendingClosure(db),
    'section.createRule': async () => ({ pattern: `authz-${randomUUID().slice(0, 8)}`, until: future() }),
    'section.revokeRule': async ({ db }) => {
      const by = await createStaff(db, 'supervisor');
      const [r] = await db.insert(sectionNameRules).values({ pattern: 'authz rule', until: new Date(future()), createdBy: by.id }).returning();
      return { ruleId: r.id };
    },
  },
  routes: {
    'POST /api/v1/sections/events': async () => ({ body: { events: [{ type: 'created', externalId: `authz-${randomUUID()}`, kind: 'topic', name: 'authz topic' }] } }),
    'POST /api/v1/section-checks': async () => ({ body: { kind: 'topic', name: 'authz topic' } }),
  },
};
