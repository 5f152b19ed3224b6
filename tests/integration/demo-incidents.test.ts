import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIncidents } from '@/scripts/seed/demo-incidents';
import { disclosureFindings, listPublishedDisclosures, loadDisclosure } from '@/lib/disclosures/queries';
import { listIncidents, loadIncidentWorkspace } from '@/lib/incidents/queries';
import { mentions } from '@/lib/incidents/mentions';
import { currentStatements } from '@/lib/incidents/statements';
import { createDemoDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const now = new Date('2025-07-25T09:00:00Z');
beforeAll(async () => {
  t = await createDemoDatabase(now);
});
afterAll(async () => { await t.drop(); });

describe('the demo incidents', () => {
  it('are two incidents whose linked cases name their targeted person, with statements', async () => {
    const rows = await listIncidents(t.db);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const w = (await loadIncidentWorkspace(t.db, row.id))!;
      const target = w.parties.find((p) => p.role === 'targeted_person')!;
      expect(w.cases.length).toBeGreaterThan(0);
      for (const c of w.cases) expect(mentions(c.text, [target.displayName])).toEqual([target.displayName]);
      expect(w.timeline.map((e) => e.action)).toContain('incident.create');
      expect(await currentStatements(t.db, { incident: row.id })).toHaveLength(1);
    }
  });

  it('have one published disclosure that passes the personal-data check', async () => {
    const published = await listPublishedDisclosures(t.db);
    expect(published).toHaveLength(1);
    const d = (await loadDisclosure(t.db, published[0].id))!;
    expect(await disclosureFindings(t.db, d.incident.id, d.versions[0])).toEqual([]);
  });

  it('are not seeded twice', async () => {
    expect(await seedDemoIncidents(t.db, now)).toEqual({ incidents: 0 });
  });
});
