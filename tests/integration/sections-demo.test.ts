import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sections } from '@/db/schema';
import { demoLiveRoomIds } from '@/scripts/seed/demo-sections';
import { pendingApprovals } from '@/lib/approvals/sources';
import { listIncidents } from '@/lib/incidents/queries';
import { incidentMeasures } from '@/lib/incidents/measures';
import { inspectIncident } from '@/lib/sections/inspect';
import { listSections, parseFilters } from '@/lib/sections/queries';
import { createDemoDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createDemoDatabase(new Date('2025-07-25T09:00:00Z'));
});
afterAll(async () => { await t.drop(); });

describe('the demo sections', () => {
  it('surround the demo incidents: inspect finds them, one is dispersed, a bot group awaits closure, a rule suspends a copycat', async () => {
    const [lin] = (await listIncidents(t.db)).filter((i) => i.title.includes('林晓雨'));
    const found = (await inspectIncident(t.db, lin.id))!;
    const ids = found.hits.map((h) => h.section.externalId);
    expect(ids).toEqual(expect.arrayContaining(['topic-lin-xiaoyu', 'board-campus-gossip', 'board-lin-xiaoyu-rumours', 'live-lin-xiaoyu-qa', 'group-chigua-submissions']));
    expect(ids).not.toContain('topic-weekend-recipes');
    expect(await incidentMeasures(t.db, lin.id)).toMatchObject({ sectionsDispersed: 1 });

    const candidates = await listSections(t.db, parseFilters({ candidates: '1' }));
    expect(candidates.rows.map((s) => s.externalId)).toEqual(['group-chigua-submissions']);
    expect((await pendingApprovals(t.db)).filter((p) => p.kind === 'section_closure')).toHaveLength(1);
    const [copy] = await t.db.select().from(sections).where(eq(sections.externalId, 'topic-lin-xiaoyu-copy'));
    expect(copy.status).toBe('creation_suspended');
    // Self-harm first, then by heat.
    const all = await listSections(t.db, parseFilters({}));
    expect(all.rows[0].externalId).toBe('topic-nobody-cares');
    expect(all.rows[1].externalId).toBe('topic-lin-xiaoyu');
    const rooms = await t.db.select().from(sections).where(eq(sections.kind, 'live_room'));
    expect(rooms.map((r) => r.externalId)).toEqual(expect.arrayContaining([...demoLiveRoomIds]));
  });
});
