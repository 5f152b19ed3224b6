import type { Database } from '@/db/client';
import { alerts } from '@/db/schema';
import { defaultDetectorSettings } from '@/lib/signals/detector';
import { insertIncident } from '../../support/incidents';
import type { Fixtures } from './types';

type Db = Database['db'];
let n = 0;

// Each call raises its own alert, so one role's action never changes what the next finds.
async function alertId(db: Db): Promise<string> {
  n += 1;
  const minute = Math.floor(Date.now() / 60_000) - 100 - n;
  const [row] = await db.insert(alerts).values({
    kind: 'stranger_dm', key: `authz-alert-${n}`, beganAt: new Date(minute * 60_000), detectedAt: new Date((minute + 3) * 60_000), beganMinute: minute,
    peakRate: 30, baseline: 2, lift: 10,
  }).returning();
  return row.id;
}

export const fixtures: Fixtures = {
  actions: {
    'alert.list': async () => ({}),
    'alert.acknowledge': async ({ db }) => ({ alertId: await alertId(db) }),
    'alert.dismiss': async ({ db }) => ({ alertId: await alertId(db), reason: 'a fan club campaign, not a pile-on' }),
    'alert.linkIncident': async ({ db }) => ({ alertId: await alertId(db), incidentId: (await insertIncident(db)).incident.id }),
    'alert.openIncident': async ({ db }) => ({ alertId: await alertId(db) }),
    'alert.saveSettings': async () => ({ ...defaultDetectorSettings }),
    'alert.previewSettings': async () => ({ ...defaultDetectorSettings, threshold: 12 }),
  },
  routes: {
    'POST /api/v1/signals': async () => ({ body: { signals: [{ kind: 'search', key: 'authz-term', at: new Date().toISOString() }] } }),
    'GET /api/v1/alerts': async () => ({ path: `/api/v1/alerts?since=${encodeURIComponent(new Date(0).toISOString())}` }),
  },
};
