import { and, asc, eq, gt, gte, or, type SQL } from 'drizzle-orm';
import { alerts } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { DomainError } from '@/lib/actions/result';
import { alertsQuery } from './input';
import { alertBody } from './raise';

const encodeCursor = (detectedAt: Date, id: string) => Buffer.from(`${detectedAt.toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { detectedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const detectedAt = new Date(at ?? '');
  if (Number.isNaN(detectedAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id ?? '')) {
    throw new DomainError('invalid_input', 'Invalid input: cursor', { cursor: ['cursor must be a nextCursor from an earlier answer'] });
  }
  return { detectedAt, id };
}

/**
 * GET /api/v1/alerts?since=…&cursor=…: alerts detected at or after an event time, oldest first, by
 * keyset pages (detectedAt, id). A read: nothing is audited.
 */
export const listAlertsForPlatform = defineRoute({
  name: 'alerts.list',
  input: alertsQuery,
  async run({ tx, input }) {
    const where: SQL[] = [];
    if (input.since) where.push(gte(alerts.detectedAt, new Date(input.since)));
    if (input.cursor) {
      const c = decodeCursor(input.cursor);
      where.push(or(gt(alerts.detectedAt, c.detectedAt), and(eq(alerts.detectedAt, c.detectedAt), gt(alerts.id, c.id)))!);
    }
    const rows = await tx.select().from(alerts).where(where.length ? and(...where) : undefined)
      .orderBy(asc(alerts.detectedAt), asc(alerts.id)).limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    return { alerts: page.map(alertBody), nextCursor: rows.length > input.limit && last ? encodeCursor(last.detectedAt, last.id) : null };
  },
});
