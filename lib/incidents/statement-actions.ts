'use server';

import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { incidentStatements, incidents } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { toInstant } from '@/lib/time/wall-time';
import { statementInput } from './input';
import { announceStatement } from './statements';

export const publishStatement = defineAction({
  name: 'statement.publish',
  permission: 'statement.publish',
  input: statementInput,
  async run({ tx, input, staff, audit }) {
    const [incident] = await tx.update(incidents).set({ updatedAt: sql`now()` }).where(eq(incidents.id, input.incidentId)).returning();
    if (!incident) throw new DomainError('not_found', 'There is no such incident.');
    if (incident.status === 'closed') throw new DomainError('conflict', 'This incident is closed: reopen it to publish statements.');
    const [row] = await tx.insert(incidentStatements).values({ ...input, statedAt: await toInstant(tx, input.statedAt, 'statedAt'), link: input.link ?? null, publishedBy: staff.id }).returning();
    await announceStatement(tx, 'published', row);
    audit({ action: 'statement.publish', targetType: 'incident', targetId: input.incidentId, after: { statementId: row.id, source: row.source, text: row.text, link: row.link, statedAt: row.statedAt.toISOString() } });
    return { id: row.id };
  },
});

export const withdrawStatement = defineAction({
  name: 'statement.withdraw',
  permission: 'statement.publish',
  input: z.object({ statementId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const [row] = await tx.update(incidentStatements)
      .set({ withdrawnAt: sql`now()`, withdrawnBy: staff.id })
      .where(and(eq(incidentStatements.id, input.statementId), isNull(incidentStatements.withdrawnAt)))
      .returning();
    if (!row) throw new DomainError('not_found', 'There is no such current statement.');
    await announceStatement(tx, 'withdrawn', row);
    audit({ action: 'statement.withdraw', targetType: 'incident', targetId: row.incidentId, before: { statementId: row.id, text: row.text } });
    return { id: row.id };
  },
});
