import { z } from 'zod';
import { channel } from '@/db/schema/reports';
import { storableText } from '@/lib/validation/storable';
import { mediaList } from '@/lib/media/schema';

/** Channels where a report concerns one piece of content addressed at a person. */
export const contentChannels = ['post', 'comment', 'private_message', 'livestream', 'short_video', 'bullet_comment'] as const;

const isContentChannel = (value: unknown) => (contentChannels as readonly unknown[]).includes(value);

const text = storableText;

function flag(what: string) {
  return z.boolean({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be true or false`) });
}

export const MAX_TEXT = 20_000;
export const MAX_CONTEXT_ITEMS = 50;

const account = (what: string) => ({ accountId: text(`${what} account id`, 200) });

export const reportInput = z
  .strictObject({
    externalId: text('externalId', 200).describe("The platform's id for this report; sending it again returns the first result and stores nothing."),
    channel: z.enum(channel.enumValues, { error: `channel must be one of ${channel.enumValues.join(', ')}` }),
    category: text('category', 64).optional().describe('A category id chosen by the reporter; it must be an active category.'),
    reporter: z.strictObject({ ...account('reporter'), isMinor: flag('reporter.isMinor').default(false) }),
    subject: z.strictObject({
      contentId: text('subject.contentId', 200).optional().describe('Reports with the same contentId join one case.'),
      ...account('subject'),
      text: text('subject.text', MAX_TEXT, 0),
      context: z
        .array(text('context item', MAX_TEXT, 0), { error: 'subject.context must be an array of strings' })
        .max(MAX_CONTEXT_ITEMS, `subject.context may hold at most ${MAX_CONTEXT_ITEMS} items`)
        .default([])
        .describe('Surrounding content (the thread, earlier messages) captured with the snapshot.'),
      createdAt: z.iso.datetime({ offset: true, error: 'subject.createdAt must be an ISO 8601 date-time, e.g. 2025-03-01T08:00:00Z' }),
      media: mediaList('subject.media').optional(),
    }),
    // Required on content channels, where a post, comment or message is aimed at someone; optional on
    // topic, group and account reports, which concern a place or an account as a whole whose targets
    // may be many or none. isMinor is required: defaulting it to false would silently drop a minor's
    // case to the back of the queue.
    target: z
      .strictObject({ ...account('target'), isMinor: flag('target.isMinor') })
      .optional()
      .describe(`The person attacked. Required for channels ${contentChannels.join(', ')}.`),
    description: text('description', 5_000, 0).optional(),
  })
  .superRefine((report, ctx) => {
    // Runs even when other fields failed, so every bad field is listed at once.
    if (isContentChannel(report.channel) && report.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: `target is required for ${String(report.channel)} reports` });
    }
  });

export type ReportInput = z.output<typeof reportInput>;

/** What the batch endpoint accepts; each item is validated on its own so one bad item fails alone. */
export const MAX_BATCH = 1_000;
export const batchInput = z.strictObject({
  reports: z
    .array(z.unknown(), { error: 'reports must be an array of reports' })
    .min(1, 'reports must hold at least one report')
    .max(MAX_BATCH, `reports may hold at most ${MAX_BATCH} reports`),
});
