import fs from 'node:fs/promises';
import path from 'node:path';
import { isDemoMode } from '@/lib/demo/mode';
import { parseAllowList } from './address';
import { acceptMedia, fetchMedia, type FetchedMedia } from './fetch';
import type { MediaItem } from './schema';

/** Media larger than this is not proxied (MEDIA_MAX_BYTES; default 20 MiB). */
export const mediaMaxBytes = () => Number(process.env.MEDIA_MAX_BYTES) > 0 ? Number(process.env.MEDIA_MAX_BYTES) : 20 * 1024 * 1024;
export const mediaAllowList = () => parseAllowList(process.env.MEDIA_ALLOWED_HOSTS);

/**
 * The demo media source: the demo seed's evidence points at this host (.invalid never resolves), and
 * in demo mode the console reads those files from the repository instead of the network, through the
 * same type, kind and hash checks. Outside demo mode the host is just an unreachable name.
 */
export const DEMO_MEDIA_HOST = 'demo-media.bulwark.invalid';
export const DEMO_MEDIA_DIR = path.join(process.cwd(), 'lib', 'demo', 'media');
export const demoMediaUrl = (file: string) => `https://${DEMO_MEDIA_HOST}/${file}`;

const demoTypes: Record<string, string> = { '.png': 'image/png', '.webm': 'video/webm', '.mp4': 'video/mp4' };

async function fromDemoSource(item: MediaItem, url: URL, maxBytes: number): Promise<FetchedMedia> {
  const file = path.basename(decodeURIComponent(url.pathname));
  const bytes = await fs.readFile(path.join(DEMO_MEDIA_DIR, file)).catch(() => null);
  if (!bytes) return { ok: false, reason: 'status', detail: '404' };
  if (bytes.length > maxBytes) return { ok: false, reason: 'too_large', detail: String(bytes.length) };
  return acceptMedia(item, bytes, demoTypes[path.extname(file)]);
}

/** One stored media item's bytes, from the demo source or the network, under the configured limits. */
export async function loadMedia(item: MediaItem): Promise<FetchedMedia> {
  const maxBytes = mediaMaxBytes();
  if (isDemoMode() && URL.canParse(item.url) && new URL(item.url).hostname === DEMO_MEDIA_HOST) {
    return fromDemoSource(item, new URL(item.url), maxBytes);
  }
  return fetchMedia(item, { allowList: mediaAllowList(), maxBytes });
}
