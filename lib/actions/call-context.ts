import type { Db } from '@/db/client';

/**
 * Who calls an action and on what database. Its own module so that request-context.ts (which builds
 * one from the request) and define-action.ts (which takes one) need not import each other.
 * signedInAt: when the caller's session began (from its token); omitted only by tests calling directly.
 */
export type CallContext = { db: Db; staffId: string | null; signedInAt?: number | null; requestId: string };
