import type { MediaKind } from './schema';

/**
 * The only types the proxy serves, each under its own fixed name: SVG (scripts), HTML and anything
 * else a browser might execute never pass, whatever the remote server claims.
 */
export const allowedMediaTypes = {
  'image/png': 'image', 'image/jpeg': 'image', 'image/gif': 'image', 'image/webp': 'image', 'image/avif': 'image',
  'video/mp4': 'video', 'video/webm': 'video', 'video/ogg': 'video', 'video/quicktime': 'video',
} as const;
export type AllowedMediaType = keyof typeof allowedMediaTypes;

/** The allow-listed type for a Content-Type header value, or null. */
export function allowedType(header: string | null | undefined): AllowedMediaType | null {
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  return Object.hasOwn(allowedMediaTypes, type) ? (type as AllowedMediaType) : null;
}

/** A video item must be a video; images, thumbnails and snapshots must be images. */
export function typeFitsKind(type: AllowedMediaType, kind: MediaKind): boolean {
  return allowedMediaTypes[type] === (kind === 'video' ? 'video' : 'image');
}
