import { defineRoute } from '@/lib/api/route';
import { livestreamEventsInput } from './events-schema';
import { applyLivestreamEvents } from './events';

/**
 * POST /api/v1/livestreams/events: rooms opened and ended, viewer counts and bullet comments, applied
 * in order in one transaction. For each bullet batch the answer lists the bullet ids to intercept.
 */
export const receiveLivestreamEvents = defineRoute({
  name: 'livestreams.events',
  input: livestreamEventsInput,
  async run({ tx, input, now, audit }) {
    return { results: await applyLivestreamEvents({ tx, now, audit }, input.events) };
  },
});
