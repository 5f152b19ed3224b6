import { z } from 'zod';

export const MAX_EVENTS = 500;

const base = {
  eventId: z.string().trim().min(1).max(200).describe('Unique per event: a retried delivery with the same eventId changes nothing'),
  accountId: z.string().trim().min(1).max(200).describe("The platform's account id"),
  at: z.iso.datetime({ offset: true }).describe('When it happened on the platform'),
};
const name = { handle: z.string().trim().max(200), displayName: z.string().trim().max(200) };
const agency = z.object({ externalId: z.string().trim().min(1).max(200), name: z.string().trim().max(200).default('') });

export const accountEvent = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('created'), ...name }),
  z.object({ ...base, type: z.literal('renamed'), ...name }),
  // The verified identity is sent only here; the console keeps its keyed hash and drops the rest.
  z.object({ ...base, type: z.literal('verified'), identity: z.string().trim().min(4).max(200) }),
  z.object({ ...base, type: z.literal('minor_flag'), isMinor: z.boolean() }),
  z.object({ ...base, type: z.literal('joined_agency'), agency }),
  z.object({ ...base, type: z.literal('left_agency'), agency: agency.pick({ externalId: true }) }),
]);
export type AccountEvent = z.output<typeof accountEvent>;

export const accountEventsInput = z.object({ events: z.array(accountEvent).min(1).max(MAX_EVENTS) });
