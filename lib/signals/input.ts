import { z } from 'zod';
import { signalKinds, type SignalKind } from '@/db/schema/signals';
import type { FieldError } from '@/lib/api/field-errors';
import { minuteOf } from './detector';

export const MAX_SIGNALS = 10_000;
export const MAX_KEY = 200;
export const MAX_COUNT = 1_000_000;
/** How far from the server's clock an event time may be: older is a replay gone wrong, later a broken clock. */
export const MAX_PAST_DAYS = 30;
export const MAX_FUTURE_MINUTES = 10;

/** The envelope only: each signal is checked on its own (checkSignal), so one bad signal fails alone. */
export const signalsInput = z.strictObject({
  batchId: z.string({ error: 'batchId must be a string' }).min(1, 'batchId must not be empty').max(200, 'batchId must be at most 200 characters')
    .regex(/^[\x21-\x7e]+$/, 'batchId must be printable ASCII without spaces').optional()
    .describe('Any id of the batch: sending a batch with the same batchId again adds nothing'),
  signals: z.array(z.unknown(), { error: 'signals must be an array of signals' })
    .min(1, 'signals must hold at least one signal').max(MAX_SIGNALS, `signals may hold at most ${MAX_SIGNALS} signals`),
});

/** One signal, for the OpenAPI document (the route checks each by hand, for speed). */
export const signalDoc = z.strictObject({
  kind: z.enum(signalKinds).describe('stranger_dm, mention, comment_on: key is the recipient account; report: the subject; topic_heat: the section id; search: the normalised term'),
  key: z.string().min(1).max(MAX_KEY).describe('What the count is about'),
  at: z.iso.datetime({ offset: true }).describe("When it happened, on the platform's clock (ISO 8601)"),
  count: z.number().int().min(1).max(MAX_COUNT).optional().describe('How many (default 1)'),
});

export type Signal = { kind: SignalKind; key: string; minute: number; count: number };

const kinds = new Set<string>(signalKinds);
const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const allowed = new Set(['kind', 'key', 'at', 'count']);

/** Checks one signal; returns it in minutes, or every problem with its field. */
export function checkSignal(raw: unknown, now: number): Signal | FieldError[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ field: '(signal)', message: 'a signal must be an object with kind, key and at' }];
  const s = raw as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of Object.keys(s)) if (!allowed.has(field)) errors.push({ field, message: `Unknown field "${field}"` });
  if (typeof s.kind !== 'string' || !kinds.has(s.kind)) errors.push({ field: 'kind', message: `kind must be one of ${signalKinds.join(', ')}` });
  if (typeof s.key !== 'string' || s.key.length === 0) errors.push({ field: 'key', message: 'key must be a non-empty string' });
  else if (s.key.length > MAX_KEY) errors.push({ field: 'key', message: `key must be at most ${MAX_KEY} characters` });
  else if (s.key.includes('\u0000') || !s.key.isWellFormed()) errors.push({ field: 'key', message: 'key must be valid Unicode text without NUL characters' });
  let at = NaN;
  if (typeof s.at !== 'string' || !iso.test(s.at) || Number.isNaN((at = Date.parse(s.at)))) {
    errors.push({ field: 'at', message: 'at must be an ISO 8601 date-time with a time zone, e.g. 2026-03-01T08:00:00Z' });
  } else if (at > now + MAX_FUTURE_MINUTES * 60_000) {
    errors.push({ field: 'at', message: `at is more than ${MAX_FUTURE_MINUTES} minutes ahead of the server's clock` });
  } else if (at < now - MAX_PAST_DAYS * 86_400_000) {
    errors.push({ field: 'at', message: `at is more than ${MAX_PAST_DAYS} days in the past` });
  }
  const count = s.count === undefined ? 1 : s.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    errors.push({ field: 'count', message: `count must be a whole number from 1 to ${MAX_COUNT}` });
  }
  if (errors.length) return errors;
  return { kind: s.kind as SignalKind, key: s.key as string, minute: minuteOf(at), count: count as number };
}
