import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { staff } from '@/db/schema';
import { seedCategories, seedDemoStaff } from './base';

export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(staff);
  return n === 0;
}

/** Demo data: categories, one login per role and a live-looking queue. */
export async function seedDemo(db: Db, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  await db.transaction(async (tx) => {
    await seedCategories(tx);
    await (await import('./sanction-ladder')).seedSanctionLadder(tx);
    await seedDemoStaff(tx);
  });
  await (await import('./demo-library')).seedDemoLibrary(db, now);
  // The recognition model's first version, trained from the demo library and promoted (notice I.2).
  await (await import('@/lib/model/store')).seedFirstModel(db);
  const { seedDemoReports } = await import('./demo-reports');
  const seeded = await seedDemoReports(db, now);
  await (await import('./demo-incidents')).seedDemoIncidents(db, now);
  await (await import('./demo-accounts')).seedDemoAccounts(db, now);
  await (await import('./demo-sections')).seedDemoSections(db, now);
  await (await import('./demo-livestreams')).seedDemoLivestreams(db, now);
  await (await import('./demo-comments')).seedDemoComments(db, now);
  await (await import('./demo-videos')).seedDemoVideos(db, now);
  await (await import('./demo-agencies')).seedDemoAgencies(db, now);
  await (await import('./demo-referrals')).seedDemoReferrals(db, now);
  await (await import('./demo-alerts')).seedDemoAlerts(db, now);
  return seeded;
}
