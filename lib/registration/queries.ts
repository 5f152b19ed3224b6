import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accounts, registrationBans, sanctions } from '@/db/schema';

export type BanRow = Awaited<ReturnType<typeof bansInForce>>[number];

/** Registration bans not lifted and not run out, newest first: which account, since when, until when. */
export async function bansInForce(db: Executor, now = new Date()) {
  return db.select({
    id: registrationBans.id, until: registrationBans.until, createdAt: registrationBans.createdAt,
    sanctionId: registrationBans.sanctionId, accountId: sanctions.accountId, handle: accounts.handle, displayName: accounts.displayName,
  }).from(registrationBans)
    .innerJoin(sanctions, eq(sanctions.id, registrationBans.sanctionId))
    .leftJoin(accounts, eq(accounts.id, sanctions.accountId))
    .where(and(isNull(registrationBans.liftedAt), or(isNull(registrationBans.until), gt(registrationBans.until, now))))
    .orderBy(desc(registrationBans.createdAt))
    .limit(200);
}
