import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { organisationSettings } from '@/db/schema';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@/lib/time/zone';

// Read on every console render (lib/i18n/request.ts), so kept for a few seconds in the process; a
// change made here clears it at once, other processes catch up within the window.
const TTL_MS = 15_000;
let cached: { zone: string; at: number } | null = null;

/** The organisation's time zone: times typed into the console are read in it and shown in it. */
export async function organisationTimeZone(db: Executor): Promise<string> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.zone;
  const [row] = await db.select({ zone: organisationSettings.timeZone }).from(organisationSettings).where(eq(organisationSettings.id, 1));
  const zone = row && isTimeZone(row.zone) ? row.zone : DEFAULT_TIME_ZONE;
  cached = { zone, at: Date.now() };
  return zone;
}

/** Sets the zone (the caller has checked the name and the permission); returns the zone before. */
export async function setOrganisationTimeZone(db: Executor, zone: string, staffId: string): Promise<string> {
  const before = await organisationTimeZone(db);
  await db.insert(organisationSettings).values({ id: 1, timeZone: zone, updatedBy: staffId })
    .onConflictDoUpdate({ target: organisationSettings.id, set: { timeZone: zone, updatedBy: staffId, updatedAt: sql`now()` } });
  cached = null;
  return before;
}

/** For tests that change the zone behind this process's back. */
export function forgetOrganisationTimeZone() {
  cached = null;
}
