import { z } from 'zod';
import { platformText, platformTime } from '@/lib/comments/platform-text';
import { int4 } from '@/lib/validation/storable';

export const MAX_EVENTS = 500;
export const MAX_BULLETS = 1000;
/** Bullet comments in one request, over all its events: what one transaction checks in bounded time. */
export const MAX_BULLETS_PER_REQUEST = 20_000;

const roomId = platformText('roomId', 200).describe("The room's section external id (the platform's id for the room)");

const roomOpened = z.strictObject({
  type: z.literal('room_opened'),
  roomId,
  hostAccountId: platformText('hostAccountId', 200),
  name: platformText('name', 500),
  openedAt: platformTime('openedAt').optional(),
});
const roomEnded = z.strictObject({ type: z.literal('room_ended'), roomId, endedAt: platformTime('endedAt').optional() });
const viewers = z.strictObject({
  type: z.literal('viewers'),
  roomId,
  viewers: int4('viewers', { min: 0 }),
});
const bulletComments = z.strictObject({
  type: z.literal('bullet_comments'),
  roomId,
  comments: z.array(z.strictObject({
    bulletId: platformText('bulletId', 200),
    accountId: platformText('accountId', 200),
    text: platformText('text', 2000),
    sentAt: platformTime('sentAt').optional(),
  }), { error: 'comments must be an array' }).min(1, 'comments must not be empty').max(MAX_BULLETS, `comments may hold at most ${MAX_BULLETS}`),
});

export const livestreamEventsInput = z.strictObject({
  events: z.array(z.discriminatedUnion('type', [roomOpened, roomEnded, viewers, bulletComments], { error: 'type must be room_opened, room_ended, viewers or bullet_comments' }), { error: 'events must be an array' })
    .min(1, 'events must not be empty').max(MAX_EVENTS, `events may hold at most ${MAX_EVENTS}`),
}).refine((body) => body.events.reduce((n, e) => n + (e.type === 'bullet_comments' ? e.comments.length : 0), 0) <= MAX_BULLETS_PER_REQUEST, {
  path: ['events'], message: `events may hold at most ${MAX_BULLETS_PER_REQUEST} bullet comments in all`,
}).describe(`At most ${MAX_EVENTS} events and ${MAX_BULLETS_PER_REQUEST} bullet comments in all (${MAX_BULLETS} per event)`);

export type LivestreamEvent = z.output<typeof livestreamEventsInput>['events'][number];
