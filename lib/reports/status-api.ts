import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { cases, reports } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { idList } from '@/lib/api/id-list';

export const MAX_STATUS_IDS = 100;
const query = z.object({ externalIds: idList('externalIds', MAX_STATUS_IDS) });

/**
 * GET /api/v1/reports/status?externalIds=a,b: where the platform's reports stand: the case each
 * joined, its queue priority (minors first), deadline, status and decision. Lets a platform, or the
 * simulator's --check, confirm what the queue holds without a staff login. A read: no audit row.
 */
export const readReportStatus = defineRoute({
  name: 'report.status',
  input: query,
  async run({ tx, input }) {
    const rows = await tx.select({
      externalId: reports.externalId, receivedAt: reports.receivedAt, caseId: cases.id, status: cases.status, priority: cases.priority,
      involvesMinor: cases.involvesMinor, selfHarm: cases.selfHarm, categoryId: cases.categoryId, dueAt: cases.dueAt, decision: cases.decision,
    }).from(reports).innerJoin(cases, eq(cases.id, reports.caseId)).where(inArray(reports.externalId, input.externalIds));
    const byId = new Map(rows.map((r) => [r.externalId, r]));
    return {
      reports: input.externalIds.map((externalId) => {
        const r = byId.get(externalId);
        if (!r) return { externalId, found: false as const };
        return { ...r, found: true as const, receivedAt: r.receivedAt.toISOString(), dueAt: r.dueAt.toISOString() };
      }),
    };
  },
});

const found = {
  type: 'object',
  properties: {
    externalId: { type: 'string' }, found: { const: true }, caseId: { type: 'string', format: 'uuid' },
    status: { enum: ['open', 'escalated', 'decided'] }, priority: { type: 'integer', description: 'Queue order, higher first: every case involving a minor sorts at or above 1000000000' },
    involvesMinor: { type: 'boolean' }, selfHarm: { type: 'boolean' }, categoryId: { type: ['string', 'null'] },
    receivedAt: { type: 'string', format: 'date-time' }, dueAt: { type: 'string', format: 'date-time' },
    decision: { type: ['string', 'null'], description: 'The decision taken, once decided' },
  },
  required: ['externalId', 'found', 'caseId', 'status', 'priority', 'involvesMinor', 'dueAt'],
};

/** Its entry in /api/v1/openapi.json. */
export function reportStatusPaths(failures: Record<400 | 401 | 500, object>) {
  return {
    '/reports/status': {
      get: {
        operationId: 'readReportStatus',
        summary: `Where up to ${MAX_STATUS_IDS} reports stand, by the platform's externalId: their case, queue priority, deadline, status and decision`,
        parameters: [{ name: 'externalIds', in: 'query', required: true, schema: { type: 'string' }, description: 'Report externalIds, comma-separated' }],
        responses: {
          200: {
            description: 'One entry per id asked, in order; `found: false` for an id never received',
            content: { 'application/json': { schema: { type: 'object', properties: { reports: { type: 'array', items: { oneOf: [found, { type: 'object', properties: { externalId: { type: 'string' }, found: { const: false } } }] } } } } } },
          },
          400: failures[400],
          401: failures[401],
          500: failures[500],
        },
      },
    },
  };
}
