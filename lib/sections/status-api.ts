import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { sections } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { idList } from '@/lib/api/id-list';

export const MAX_STATUS_IDS = 100;
const query = z.object({ externalIds: idList('externalIds', MAX_STATUS_IDS) });

/**
 * GET /api/v1/sections/status?externalIds=a,b: each section's state as the console holds it (open,
 * dispersed, creation suspended, closed), its heat and counts, and the incident it is linked to. The
 * outbox announces every change; this is the state to start from or to check. A read: no audit row.
 */
export const readSectionStatus = defineRoute({
  name: 'section.status',
  input: query,
  async run({ tx, input }) {
    const rows = await tx.select({
      externalId: sections.externalId, sectionId: sections.id, kind: sections.kind, name: sections.name, status: sections.status,
      heatPerHour: sections.heatPerHour, flaggedItems: sections.flaggedItems, totalItems: sections.totalItems, incidentId: sections.incidentId,
    }).from(sections).where(inArray(sections.externalId, input.externalIds));
    const byId = new Map(rows.map((r) => [r.externalId, r]));
    return {
      sections: input.externalIds.map((externalId) => {
        const r = byId.get(externalId);
        return r ? { ...r, found: true as const } : { externalId, found: false as const };
      }),
    };
  },
});

const found = {
  type: 'object',
  properties: {
    externalId: { type: 'string' }, found: { const: true }, sectionId: { type: 'string', format: 'uuid' },
    kind: { enum: ['topic', 'group', 'board', 'entry', 'live_room'] }, name: { type: 'string' },
    status: { enum: ['open', 'dispersed', 'creation_suspended', 'closed'] },
    heatPerHour: { type: 'integer' }, flaggedItems: { type: 'integer' }, totalItems: { type: 'integer' },
    incidentId: { type: ['string', 'null'], format: 'uuid', description: 'The hot incident staff linked it to' },
  },
  required: ['externalId', 'found', 'sectionId', 'kind', 'name', 'status'],
};

/** Its entry in /api/v1/openapi.json. */
export function sectionStatusPaths(failures: Record<400 | 401 | 500, object>) {
  return {
    '/sections/status': {
      get: {
        operationId: 'readSectionStatus',
        summary: `The state of up to ${MAX_STATUS_IDS} sections by the platform's externalId: status, heat, counts and linked incident`,
        parameters: [{ name: 'externalIds', in: 'query', required: true, schema: { type: 'string' }, description: 'Section externalIds, comma-separated' }],
        responses: {
          200: {
            description: 'One entry per id asked, in order; `found: false` for an id never received',
            content: { 'application/json': { schema: { type: 'object', properties: { sections: { type: 'array', items: { oneOf: [found, { type: 'object', properties: { externalId: { type: 'string' }, found: { const: false } } }] } } } } } },
          },
          400: failures[400],
          401: failures[401],
          500: failures[500],
        },
      },
    },
  };
}
