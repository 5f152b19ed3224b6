import fs from 'node:fs';
import path from 'node:path';
import { sha256OfBytes } from '@/lib/media/fetch';
import { DEMO_MEDIA_DIR, demoMediaUrl } from '@/lib/media/source';
import type { MediaItem, MediaKind } from '@/lib/media/schema';

/** A demo media item: a file made by make-demo-media.ts, served by the demo media source, with its real hash. */
export function demoMedia(kind: MediaKind, file: string): MediaItem {
  const bytes = fs.readFileSync(path.join(DEMO_MEDIA_DIR, file));
  return { kind, url: demoMediaUrl(file), sha256: sha256OfBytes(bytes), mimeType: file.endsWith('.webm') ? 'video/webm' : 'image/png' };
}

/** A short video's evidence: its thumbnail and the clip itself, which the case page plays. */
export const demoVideo = (): MediaItem[] => [demoMedia('thumbnail', 'video-thumbnail.png'), demoMedia('video', 'video-clip.webm')];

/** Which demo subjects carry media: a post screenshot, a short video's thumbnail, a live room's snapshot. */
export function demoMediaFor(channel: string): MediaItem[] | undefined {
  if (channel === 'post') return [demoMedia('image', 'post-screenshot.png')];
  if (channel === 'short_video') return demoVideo();
  if (channel === 'livestream') return [demoMedia('snapshot', 'live-snapshot.png')];
  return undefined;
}
