import { z } from 'zod';
import { sectionKind } from '@/db/schema/sections';
import { int4, storableText } from '@/lib/validation/storable';

const text = storableText;
const count = (what: string) => int4(what, { min: 0, max: 1e9 });
const when = (what: string) => z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 date-time, e.g. 2026-03-01T08:00:00Z` });
const kind = z.enum(sectionKind.enumValues, { error: `kind must be one of ${sectionKind.enumValues.join(', ')}` });

export const MAX_NAME = 200;
export const MAX_POST_TEXT = 20_000;
const sectionId = text('externalId', 200).describe("The platform's id for the section");

export const sectionEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('created'),
    externalId: sectionId,
    kind,
    name: text('name', MAX_NAME),
    ownerAccountId: text('ownerAccountId', 200).optional().describe('The account that owns a group'),
    createdAt: when('createdAt').optional(),
  }).describe('A section was created. Sending it again changes nothing.'),
  z.strictObject({
    type: z.literal('renamed'),
    externalId: sectionId,
    name: text('name', MAX_NAME),
    at: when('at').optional(),
  }).describe('A section was renamed; the console keeps every earlier name.'),
  z.strictObject({
    type: z.literal('activity'),
    externalId: sectionId,
    postsLastHour: count('postsLastHour'),
    flaggedItems: count('flaggedItems'),
    totalItems: count('totalItems'),
    selfHarmItems: count('selfHarmItems').optional(),
    at: when('at').optional(),
  }).refine((e) => e.flaggedItems <= e.totalItems, { path: ['flaggedItems'], message: 'flaggedItems must not exceed totalItems' })
    .describe('Current counts (absolute, not increments): sending the same counts twice changes nothing.'),
  z.strictObject({
    type: z.literal('post'),
    externalId: sectionId,
    post: z.strictObject({
      externalId: text('post.externalId', 200),
      authorAccountId: text('post.authorAccountId', 200),
      authorCreatedAt: when('post.authorCreatedAt').describe('When the author account was registered (bot-submission detection)'),
      text: text('post.text', MAX_POST_TEXT, 0),
      flagged: z.boolean({ error: 'post.flagged must be true or false' }).default(false),
      selfHarm: z.boolean({ error: 'post.selfHarm must be true or false' }).default(false),
      postedAt: when('post.postedAt'),
    }),
  }).describe('A post in the section, or its new state (by post.externalId).'),
], { error: 'type must be one of created, renamed, activity, post' });

export type SectionEvent = z.output<typeof sectionEvent>;

export const MAX_EVENTS = 500;
/** Each event is validated on its own, so one bad event fails alone and names its field. */
export const eventsInput = z.strictObject({
  events: z.array(z.unknown(), { error: 'events must be an array of events' })
    .min(1, 'events must hold at least one event').max(MAX_EVENTS, `events may hold at most ${MAX_EVENTS} events`),
});

export const sectionCheckInput = z.strictObject({ kind, name: text('name', MAX_NAME) });
