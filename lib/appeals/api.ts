import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { appeals, sanctions } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { defineRoute } from '@/lib/api/route';
import { effectiveStatus } from '@/lib/sanctions/rules';
import { sanctionReference } from '@/lib/sanctions/reference';

export const appealInput = z.object({
  externalId: z.string().trim().min(1).max(200).describe("The platform's id for this appeal: sending it again files nothing new"),
  sanctionId: z.uuid().optional().describe("The sanction's id, as in the outbox message"),
  reference: z.string().trim().regex(/^SAN-[0-9A-F]{8}$/i, 'Expected SAN- and 8 hexadecimal digits').optional()
    .describe('The short reference shown to the user, e.g. SAN-1A2B3C4D, when the sanction id is not at hand'),
  statement: z.string().trim().max(10_000).default('').describe("The user's statement, stored as plain text"),
}).refine((a) => a.sanctionId || a.reference, { message: 'Give sanctionId or reference.', path: ['sanctionId'] });

const body = (a: typeof appeals.$inferSelect) => ({ id: a.id, sanctionId: a.sanctionId, status: a.status, filedAt: a.filedAt.toISOString() });

/** POST /api/v1/appeals: 201 when filed, 200 with the first result when the externalId was seen before. */
export const receiveAppeal = defineRoute({
  name: 'appeal.receive',
  input: appealInput,
  async run({ tx, input, audit, now }) {
    const [seen] = await tx.select().from(appeals).where(eq(appeals.externalId, input.externalId));
    if (seen) return Response.json(body(seen), { status: 200 });

    const match = input.sanctionId
      ? eq(sanctions.id, input.sanctionId)
      : sql`upper(left(replace(${sanctions.id}::text, '-', ''), 8)) = ${input.reference!.slice(4).toUpperCase()}`;
    const found = await tx.select().from(sanctions).where(match).limit(2);
    if (found.length !== 1) throw new DomainError('not_found', 'There is no such sanction.', { [input.sanctionId ? 'sanctionId' : 'reference']: ['No sanction has this id or reference.'] });
    const s = found[0];
    const status = effectiveStatus(s, now);
    if (status !== 'active' && status !== 'ended') {
      throw new DomainError('conflict', `A ${status} sanction cannot be appealed.`, { sanctionId: [`The sanction is ${status}.`] });
    }
    const [open] = await tx.select({ id: appeals.id }).from(appeals).where(and(eq(appeals.sanctionId, s.id), eq(appeals.status, 'open')));
    // The database holds at most one open appeal per sanction (a partial unique index): a parallel
    // second appeal fails its insert, the route runs again, and lands here naming the first.
    if (open) {
      throw new DomainError('conflict', `An appeal against this sanction is already open: appeal ${open.id}.`, { sanctionId: [`Appeal ${open.id} is already open.`] });
    }

    const [row] = await tx.insert(appeals).values({ externalId: input.externalId, sanctionId: s.id, statement: input.statement, filedAt: now }).returning();
    audit({ action: 'appeal.receive', targetType: 'appeal', targetId: row.id, after: { sanctionId: s.id, reference: sanctionReference(s.id), externalId: input.externalId } });
    return Response.json(body(row), { status: 201 });
  },
});
