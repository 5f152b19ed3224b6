import { z } from 'zod';
import { platformText, platformTime } from '@/lib/comments/platform-text';
import { mediaList } from '@/lib/media/schema';

export const prepublicationInput = z.strictObject({
  externalId: platformText('externalId', 200).describe("The platform's video id; sending it again returns the first result and stores nothing."),
  title: platformText('title', 500),
  description: platformText('description', 5000, 0).default(''),
  coverText: platformText('coverText', 1000, 0).default('').describe('Text shown on the cover image'),
  uploaderAccountId: platformText('uploaderAccountId', 200),
  riskReasons: z.array(platformText('riskReasons item', 100), { error: 'riskReasons must be an array of strings' })
    .min(1, 'riskReasons must name at least one reason').max(20, 'riskReasons may hold at most 20 reasons')
    .describe('Why the platform held the video, e.g. ["self_harm", "insult"]'),
  uploadedAt: platformTime('uploadedAt').optional(),
  media: mediaList('media').optional(),
});

export type PrepublicationInput = z.output<typeof prepublicationInput>;
