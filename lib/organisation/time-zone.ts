import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { organisationSettings } from '@/db/schema';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@/lib/time/zone';

// Read on every console render (lib/i18n/request.ts), so kept for a few seconds in the process; a
// change made here clears it at once, other processes catch up within the window.
// On globalThis: pages, actions and routes are bundled apart, each with its own copy of this module.
const TTL_MS = 15_000;
const shared = globalThis as typeof globalThis & { __bulwarkTimeZone?: { zone: string; at: number } | null };

/** The organisation's time zone: times typed into the console are read in it and shown in it. */
export async function organisationTimeZone(db: Executor): Promise<string> {
  const cached = shared.__bulwarkTimeZone;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.zone;
  const [row] = await db.select({ zone: organisationSettings.timeZone }).from(organisationSettings).where(eq(organisationSettings.id, 1));
  const zone = row && isTimeZone(row.zone) ? row.zone : DEFAULT_TIME_ZONE;
  shared.__bulwarkTimeZone = { zone, at: Date.now() };
  return zone;
}

/** Sets the zone (the caller has checked the name and the permission); returns the zone before. */
export async function setOrganisationTimeZone(db: Executor, zone: string, staffId: string): Promise<string> {
  const before = await organisationTimeZone(db);
  await db.insert(organisationSettings).values({ id: 1, timeZone: zone, updatedBy: staffId })
    .onConflictDoUpdate({ target: organisationSettings.id, set: { timeZone: zone, updatedBy: staffId, updatedAt: sql`now()` } });
  shared.__bulwarkTimeZone = null;
  return before;
}

/** For tests that change the zone behind this process's back. */
export function forgetOrganisationTimeZone() {
  shared.__bulwarkTimeZone = null;
}
