import type { z } from 'zod';
import { appealInput } from '@/lib/appeals/api';
import { accountEventsInput, MAX_EVENTS } from './events-schema';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;

const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });
const appealResult = { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, sanctionId: { type: 'string', format: 'uuid' }, status: { enum: ['open', 'upheld', 'overturned'] }, filedAt: { type: 'string', format: 'date-time' } } };

/** The accounts and appeals routes (notice IV) for lib/api/openapi.ts. */
export function accountPaths(failures: Failures) {
  return {
    '/accounts/events': {
      post: {
        operationId: 'receiveAccountEvents',
        summary: `Up to ${MAX_EVENTS} account events (created, renamed, verified, minor_flag, joined_agency, left_agency, protection_set, protection_cleared, dm_preference), applied in order, each once by eventId`,
        description: 'The verified identity is sent only in `verified` events; Bulwark keeps its keyed hash (HMAC-SHA256) and never stores, logs or audits the identity itself. '
          + 'A batch with any invalid event is refused as a whole (400, naming each bad field, e.g. events.1.at). '
          + '`protection_set` is the account switching on its own one-key protection (`channels`: "all" or a list of stranger_dm, comment, forward, mention; `until` optional, omitted for open-ended); '
          + '`protection_cleared` switches it off (also a protection staff set); `dm_preference` is who may send it private messages (everyone, following, nobody). '
          + 'An event older than the account\'s last protection change or preference changes nothing.',
        requestBody: { required: true, ...ref('AccountEvents') },
        responses: {
          200: { description: '{ results: [{ eventId, replayed }] } in order; replayed is true when the eventId was applied before', content: { 'application/json': { schema: { type: 'object' } } } },
          ...failures,
        },
      },
    },
    '/accounts/restrictions': {
      get: {
        operationId: 'readAccountRestrictions',
        summary: 'What to enforce now for up to 100 accounts: closed, the "speak reasonably" notice before posting, mute and private-message suspension ends',
        parameters: [{ name: 'accounts', in: 'query', required: true, schema: { type: 'string' }, description: 'Account ids, comma-separated' }],
        responses: {
          200: {
            description: '{ at, accounts: [{ accountId, closed, prepostWarning, mutedUntil, privateMessagesSuspendedUntil, lastWarnedAt }] } in the order asked; an until is an ISO time, "indefinite", or null when not in force; lastWarnedAt is when the account was last warned (ISO) or null',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          400: failures[400],
          401: failures[401],
          500: failures[500],
        },
      },
    },
    '/appeals': {
      post: {
        operationId: 'fileAppeal',
        summary: "An account's appeal against a sanction (by sanctionId or the short reference SAN-XXXXXXXX), decided by a supervisor who did not take the decision",
        requestBody: { required: true, ...ref('Appeal') },
        responses: {
          201: { description: 'Filed', content: { 'application/json': { schema: appealResult } } },
          200: { description: 'Replay: this externalId was filed before; nothing new was stored', content: { 'application/json': { schema: appealResult } } },
          404: { description: 'No sanction has this id or reference', ...ref('Error') },
          409: { description: 'The sanction is not in force or ended (proposed, rejected, reversed), or an appeal against it is already open', ...ref('Error') },
          ...failures,
        },
      },
    },
  };
}

export function accountSchemas(schema: SchemaOf) {
  return { AccountEvents: schema(accountEventsInput, 'input'), Appeal: schema(appealInput, 'input') };
}
