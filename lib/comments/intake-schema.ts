import { z } from 'zod';
import { platformText, platformTime } from './platform-text';

export const MAX_EVENTS = 500;
export const MAX_COMMENTS_PER_EVENT = 1000;
/** Comments in one request, over all its events: what one transaction stores in bounded time. */
export const MAX_COMMENTS_PER_REQUEST = 20_000;

const postCreated = z.strictObject({
  type: z.literal('post_created'),
  postId: platformText('postId', 200).describe("The platform's post id"),
  authorAccountId: platformText('authorAccountId', 200),
  text: platformText('text', 20_000, 0),
  createdAt: platformTime('createdAt'),
});

const commentsAdded = z.strictObject({
  type: z.literal('comments_added'),
  postId: platformText('postId', 200).describe('A post sent before (in this batch or an earlier one)'),
  comments: z.array(z.strictObject({
    commentId: platformText('commentId', 200).describe('Unique within the post; sending it again stores nothing'),
    authorAccountId: platformText('authorAccountId', 200),
    text: platformText('text', 5000),
    createdAt: platformTime('createdAt'),
  }), { error: 'comments must be an array' }).min(1, 'comments must not be empty').max(MAX_COMMENTS_PER_EVENT, `comments may hold at most ${MAX_COMMENTS_PER_EVENT}`),
});

export const commentEventsInput = z.strictObject({
  events: z.array(z.discriminatedUnion('type', [postCreated, commentsAdded], { error: 'type must be post_created or comments_added' }), { error: 'events must be an array' })
    .min(1, 'events must not be empty').max(MAX_EVENTS, `events may hold at most ${MAX_EVENTS}`),
}).refine((body) => body.events.reduce((n, e) => n + (e.type === 'comments_added' ? e.comments.length : 0), 0) <= MAX_COMMENTS_PER_REQUEST, {
  path: ['events'], message: `events may hold at most ${MAX_COMMENTS_PER_REQUEST} comments in all`,
}).describe(`At most ${MAX_EVENTS} events and ${MAX_COMMENTS_PER_REQUEST} comments in all (${MAX_COMMENTS_PER_EVENT} per event)`);

export type CommentEvents = z.output<typeof commentEventsInput>;
