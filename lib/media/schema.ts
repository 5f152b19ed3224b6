import { z } from 'zod';
import { storableText } from '@/lib/validation/storable';

export const mediaKinds = ['image', 'video', 'thumbnail', 'snapshot'] as const;
export type MediaKind = (typeof mediaKinds)[number];

export const MAX_MEDIA_ITEMS = 10;

/**
 * A picture or video the platform holds, as it arrives in evidence: where the console may fetch it
 * and the SHA-256 of its bytes. The console never hands the URL to a browser; it fetches it itself
 * and serves the bytes only if they hash to this value (lib/media/fetch.ts).
 */
export const mediaItem = z.strictObject({
  kind: z.enum(mediaKinds, { error: `kind must be one of ${mediaKinds.join(', ')}` }),
  url: storableText('url', 2000)
    .refine((u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol), 'url must be an http or https URL')
    .describe("Where the console fetches the file, server-side; never shown to staff's browsers."),
  sha256: z.string({ error: 'sha256 must be a string' }).regex(/^[0-9a-fA-F]{64}$/, 'sha256 must be 64 hexadecimal characters')
    .transform((h) => h.toLowerCase()).describe('SHA-256 of the file bytes, hex; a file that does not match is not shown.'),
  mimeType: z.string({ error: 'mimeType must be a string' }).regex(/^(image|video)\/[a-z0-9.+-]{1,60}$/, 'mimeType must be an image/* or video/* type')
    .optional().describe('The type the platform expects, e.g. image/jpeg; the console checks what the server answers against its own allow-list.'),
});

export type MediaItem = z.output<typeof mediaItem>;

export const mediaList = (what: string) => z
  .array(mediaItem, { error: `${what} must be an array of media items` })
  .max(MAX_MEDIA_ITEMS, `${what} may hold at most ${MAX_MEDIA_ITEMS} items`)
  .describe('Images, video thumbnails, the video itself, or a live room snapshot, each with its SHA-256.');

/** The media stored in an evidence snapshot's content, or none (older snapshots and text-only reports). */
export function mediaOf(content: unknown): MediaItem[] {
  const media = (content as { media?: unknown } | null)?.media;
  return Array.isArray(media) ? (media as MediaItem[]) : [];
}
