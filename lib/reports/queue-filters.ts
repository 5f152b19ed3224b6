import { z } from 'zod';
import type { Channel } from '@/db/schema';

// Repeated here (checked against the schema's enum) so that the browser bundle stays free of Drizzle.
export const channels = [
  'post', 'comment', 'private_message', 'livestream', 'short_video', 'bullet_comment', 'topic', 'group', 'account',
] as const satisfies readonly Channel[];

/** Header counters stop here ("10000+"), so that each stays a short index range at any queue size. */
export const COUNT_CAP = 10_000;

/** "undecided" is open and escalated together. */
export const queueStatuses = ['open', 'escalated', 'undecided', 'decided'] as const;
export type QueueStatus = (typeof queueStatuses)[number];

export const queueFilters = z.object({
  status: z.enum(queueStatuses).default('open'),
  channel: z.enum(channels).optional(),
  category: z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/).optional(),
  minors: z.boolean().default(false),
  overdue: z.boolean().default(false),
  mine: z.boolean().default(false),
});
export type QueueFilters = z.output<typeof queueFilters>;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
const flag = (v: string | undefined) => v === '1' || v === 'true';

/**
 * Filters from the page's search params. A hand-edited URL with an unknown value drops that filter
 * rather than failing the page: the moderator still gets a queue.
 */
export function parseQueueFilters(params: Params): QueueFilters {
  const pick = <K extends keyof QueueFilters>(key: K, value: unknown): Partial<QueueFilters> => {
    const parsed = queueFilters.shape[key].safeParse(value);
    return parsed.success && parsed.data !== undefined ? { [key]: parsed.data } : {};
  };
  return queueFilters.parse({
    ...pick('status', read(params, 'status')),
    ...pick('channel', read(params, 'channel')),
    ...pick('category', read(params, 'category')),
    minors: flag(read(params, 'minors')),
    overdue: flag(read(params, 'overdue')),
    mine: flag(read(params, 'mine')),
  });
}

/** The URL form of the filters (defaults left out, so links stay short), with an optional cursor. */
export function queueSearchParams(filters: Partial<QueueFilters>, cursor?: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status && filters.status !== 'open') params.set('status', filters.status);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.category) params.set('category', filters.category);
  if (filters.minors) params.set('minors', '1');
  if (filters.overdue) params.set('overdue', '1');
  if (filters.mine) params.set('mine', '1');
  if (cursor) params.set('cursor', cursor);
  return params;
}
