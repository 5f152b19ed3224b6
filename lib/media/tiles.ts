import type { MediaKind } from './schema';
import { mediaOf } from './schema';

/** What the browser gets to show one media item: the console's own URL and the kind, never the platform's URL. */
export type MediaTile = { src: string; kind: MediaKind; sha256: string };

export const mediaSrc = (evidenceId: string, index: number) => `/media/${evidenceId}/${index}`;

export function mediaTiles(evidenceId: string | null | undefined, content: unknown): MediaTile[] {
  if (!evidenceId) return [];
  return mediaOf(content).map((m, i) => ({ src: mediaSrc(evidenceId, i), kind: m.kind, sha256: m.sha256 }));
}
