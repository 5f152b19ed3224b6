import type { z } from 'zod';
import { commentEventsInput } from './intake-schema';
import { livestreamEventsInput } from '@/lib/livestreams/events-schema';
import { prepublicationInput } from '@/lib/videos/intake-schema';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;

const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });
const object = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

/** The comment-section, livestream and short-video routes (notice III.1, III.3) for lib/api/openapi.ts. */
export function stopSpreadPaths(failures: Failures) {
  return {
    '/comments/events': {
      post: {
        operationId: 'receiveCommentEvents',
        summary: 'Posts created and comments added; each new comment is checked against the case library and the answer says which were flagged',
        requestBody: { required: true, ...ref('CommentEvents') },
        responses: { 200: object('postsCreated, commentsStored, flagged, and per comment: flagged, categoryId, replayed'), ...failures },
      },
    },
    '/livestreams/events': {
      post: {
        operationId: 'receiveLivestreamEvents',
        summary: 'Rooms opened and ended, viewer counts and bullet comments; for each bullet batch the answer lists the bullet ids to intercept (a batch sent again gets the same answer and is not counted twice)',
        requestBody: { required: true, ...ref('LivestreamEvents') },
        responses: { 200: object('results by event index; bullet_comments results carry intercept (bullet ids) and intercepted'), ...failures },
      },
    },
    '/videos/prepublication': {
      post: {
        operationId: 'holdVideoForReview',
        summary: 'Hold a risky short video for pre-publication review; the decision arrives as outbox topic video.prepublication_decided',
        requestBody: { required: true, ...ref('PrepublicationVideo') },
        responses: {
          201: object('Held: id, externalId, status, selfHarm, categoryId'),
          200: object('Replay: this externalId was sent before; its current state, nothing changed'),
          ...failures,
        },
      },
    },
  };
}

export function stopSpreadSchemas(schema: SchemaOf) {
  return {
    CommentEvents: schema(commentEventsInput, 'input'),
    LivestreamEvents: schema(livestreamEventsInput, 'input'),
    PrepublicationVideo: schema(prepublicationInput, 'input'),
  };
}
