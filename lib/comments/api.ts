import { defineRoute } from '@/lib/api/route';
import { commentEventsInput } from './intake-schema';
import { intakeCommentEvents } from './intake';

/**
 * POST /api/v1/comments/events: posts created and comments added, in one batch. Each new comment is
 * checked against the case library; the answer says which were flagged and in what category.
 */
export const receiveCommentEvents = defineRoute({
  name: 'comments.events',
  input: commentEventsInput,
  async run({ tx, input, now, audit }) {
    const result = await intakeCommentEvents(tx, input, now);
    if (result.postsCreated || result.commentsStored) {
      audit({ action: 'comments.received', targetType: 'comments', after: { postsCreated: result.postsCreated, commentsStored: result.commentsStored, flagged: result.flagged } });
    }
    return result;
  },
});
