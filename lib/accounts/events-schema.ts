import { z } from 'zod';
import { channelsInput } from '@/lib/protection/channels';

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
  // The account's own one-key protection (notice II.1): channels closed to strangers, until a time or open-ended.
  z.object({ ...base, type: z.literal('protection_set'), channels: channelsInput.describe('"all", or any of stranger_dm, comment, forward, mention'),
    until: z.iso.datetime({ offset: true }).nullish().describe('When it ends by itself; omitted or null: until the account switches it off') }),
  z.object({ ...base, type: z.literal('protection_cleared') }),
  // The account's own private-message setting (notice II.2).
  z.object({ ...base, type: z.literal('dm_preference'), preference: z.enum(['everyone', 'following', 'nobody']).describe('Who may send private messages: everyone, people the account follows, nobody') }),
]);
export type AccountEvent = z.output<typeof accountEvent>;

export const accountEventsInput = z.object({ events: z.array(accountEvent).min(1).max(MAX_EVENTS) });
