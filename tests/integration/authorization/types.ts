import type { Database } from '@/db/client';
import type { Staff, StaffRole } from '@/db/schema';

/**
 * Builds a valid input for one action, fresh for each call, as if `caller` were about to use it
 * (for example a case that the caller holds the lease on). `caller` is null for anonymous calls:
 * the fixture still builds valid input, so that only the missing session can make the call fail.
 */
export type ActionFixture = (ctx: { db: Database['db']; caller: Staff | null; role: StaffRole | null }) => Promise<unknown>;

/** Builds a request for one API route (without Authorization: the test adds it). */
export type RouteFixture = (ctx: { db: Database['db'] }) => Promise<{ body?: unknown; path?: string; params?: Record<string, string> }>;

export type Fixtures = { actions?: Record<string, ActionFixture>; routes?: Record<string, RouteFixture> };
