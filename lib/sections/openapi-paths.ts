import type { z } from 'zod';
import { eventsInput, MAX_EVENTS, sectionCheckInput, sectionEvent } from './events-schema';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;

const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });

/** The sections routes (notice III.2) for lib/api/openapi.ts. */
export function sectionPaths(failures: Failures) {
  return {
    '/sections/events': {
      post: {
        operationId: 'receiveSectionEvents',
        summary: `Up to ${MAX_EVENTS} section events (created, renamed, activity counts, posts), applied in order; each bad event is answered with its errors, the others apply`,
        requestBody: { required: true, ...ref('SectionEvents') },
        responses: {
          200: { description: 'results by event index: { index, ok: true, sectionId, status, changed } or { index, ok: false, errors }', content: { 'application/json': { schema: { type: 'object' } } } },
          ...failures,
        },
      },
    },
    '/section-checks': {
      post: {
        operationId: 'checkSectionName',
        summary: 'Before creating a section: may a section of this kind have this name? Refusals name the rule (id, pattern) and until when it is in force',
        requestBody: { required: true, ...ref('SectionCheck') },
        responses: {
          200: {
            description: '{ "allowed": true } or { "allowed": false, "rule": { "id", "pattern", "match" }, "until": ISO date-time }',
            content: { 'application/json': { schema: { type: 'object', properties: { allowed: { type: 'boolean' }, rule: { type: 'object' }, until: { type: 'string', format: 'date-time' } }, required: ['allowed'] } } },
          },
          ...failures,
        },
      },
    },
  };
}

export function sectionSchemas(schema: SchemaOf) {
  return {
    SectionEvent: schema(sectionEvent, 'input'),
    SectionEvents: { ...schema(eventsInput, 'input'), properties: { events: { type: 'array', minItems: 1, maxItems: MAX_EVENTS, items: { $ref: '#/components/schemas/SectionEvent' } } } },
    SectionCheck: schema(sectionCheckInput, 'input'),
  };
}
