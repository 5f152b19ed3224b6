import { z } from 'zod';
import { signalKinds } from '@/db/schema/signals';
import { alertStatus } from '@/db/schema/alerts';
import { MAX_SIGNALS, signalDoc, signalsInput } from '@/lib/signals/input';
import { MAX_PAGE } from './input';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;

const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });

const fieldError = z.object({ field: z.string(), message: z.string() });
const signalsResult = z.object({
  batchId: z.string().describe('The batchId sent, or one made up for the batch'),
  replayed: z.boolean().describe('true when this batchId was taken before: nothing was added'),
  accepted: z.number().int().describe('Signals added'),
  buckets: z.number().int().describe('Per-minute counts they were summed into'),
  rejected: z.array(z.object({ index: z.number().int(), errors: z.array(fieldError) })).describe('Each bad signal by index, with each field and its problem; the others were kept'),
});
const alertItem = z.object({
  id: z.uuid(),
  kind: z.enum(signalKinds),
  key: z.string(),
  beganAt: z.iso.datetime().describe('Event time the surge began'),
  detectedAt: z.iso.datetime().describe('Event time it was detected (the end of the minute that crossed the threshold)'),
  peakRate: z.number().describe('Most events in one minute of the surge, up to detection'),
  baseline: z.number().describe('Events per minute expected before the surge'),
  minor: z.boolean().describe('The person the key names is a minor'),
  status: z.enum(alertStatus.enumValues),
});
const alertsPage = z.object({ alerts: z.array(alertItem), nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last') });

/** The early-warning routes (notice I.3) for lib/api/openapi.ts. */
export function earlyWarningPaths(failures: Failures) {
  return {
    '/signals': {
      post: {
        operationId: 'sendSignals',
        summary: `Up to ${MAX_SIGNALS} signals (stranger private messages, mentions, comments on, reports, topic heat, searches), summed per minute of their event time for the surge detector`,
        description: 'Event times are the platform\'s clock; the detector works in event time only, so a replay of past signals raises the alerts live traffic would have. '
          + 'Send each minute\'s signals within 2 minutes of the latest event time sent (later ones are stored but the detector has passed them). '
          + 'A batch with a batchId already taken adds nothing (replayed: true). Signals more than 30 days old or 10 minutes ahead of the server clock are refused one by one.',
        requestBody: { required: true, ...ref('SignalBatch') },
        responses: { 200: { description: 'What was added, and each bad signal with its errors', ...ref('SignalBatchResult') }, ...failures },
      },
    },
    '/alerts': {
      get: {
        operationId: 'listAlerts',
        summary: 'Surge alerts detected since an event time, oldest first, by keyset pages',
        parameters: [
          { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Alerts detected at or after this event time' },
          { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'nextCursor from the previous page' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 100 } },
        ],
        responses: { 200: { description: 'A page of alerts (rates per minute, times ISO)', ...ref('AlertPage') }, 400: failures[400], 401: failures[401], 500: failures[500] },
      },
    },
  };
}

export function earlyWarningSchemas(schema: SchemaOf) {
  return {
    Signal: schema(signalDoc, 'input'),
    SignalBatch: { ...schema(signalsInput, 'input'), properties: { ...(schema(signalsInput, 'input') as { properties: object }).properties, signals: { type: 'array', minItems: 1, maxItems: MAX_SIGNALS, items: { $ref: '#/components/schemas/Signal' } } } },
    SignalBatchResult: schema(signalsResult, 'output'),
    AlertPage: schema(alertsPage, 'output'),
  };
}
