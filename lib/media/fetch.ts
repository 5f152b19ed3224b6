import { createHash, timingSafeEqual } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { checkMediaUrl, isAllowListed, isPrivateAddress } from './address';
import { allowedType, typeFitsKind, type AllowedMediaType } from './content-type';
import type { MediaItem } from './schema';

export type MediaRefusal =
  | 'bad_url' | 'bad_scheme' | 'credentials' | 'private_address' | 'unreachable' | 'timeout'
  | 'status' | 'too_large' | 'bad_type' | 'kind_mismatch' | 'hash_mismatch';

export type FetchedMedia = { ok: true; bytes: Buffer; type: AllowedMediaType } | { ok: false; reason: MediaRefusal; detail?: string };

export type FetchOptions = {
  /** Hosts (host or host:port) that may resolve to private addresses: the platform's media host. */
  allowList: readonly string[];
  maxBytes: number;
  timeoutMs?: number;
};

export const sha256OfBytes = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Whether bytes hash to the recorded SHA-256 (hex), compared in constant time. */
export function verifyMediaHash(bytes: Buffer, sha256: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(sha256)) return false;
  return timingSafeEqual(Buffer.from(sha256OfBytes(bytes), 'hex'), Buffer.from(sha256, 'hex'));
}

class Refused extends Error {
  constructor(readonly reason: MediaRefusal, detail?: string) { super(detail ?? reason); }
}

/**
 * Fetches one media item server-side and returns its bytes only if every check passes: http(s),
 * no private or loopback address (checked on the address actually connected to, so a DNS answer that
 * changes between check and connect cannot slip through) unless the host is allow-listed, status 200
 * with no redirect followed, an allow-listed content type fitting the item's kind, at most maxBytes,
 * and the SHA-256 recorded in the evidence.
 */
export async function fetchMedia(item: Pick<MediaItem, 'url' | 'sha256' | 'kind'>, opts: FetchOptions): Promise<FetchedMedia> {
  const checked = checkMediaUrl(item.url);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const { url } = checked;
  const trusted = isAllowListed(url, opts.allowList);
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!trusted && isIP(literal) && isPrivateAddress(literal)) return { ok: false, reason: 'private_address', detail: literal };
  try {
    const { bytes, contentType } = await get(url, trusted, opts);
    return acceptMedia(item, bytes, contentType);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'unreachable', detail: (error as Error).message };
  }
}

/** The checks on what came back, whichever source it came from: type, kind and hash. */
export function acceptMedia(item: Pick<MediaItem, 'sha256' | 'kind'>, bytes: Buffer, contentType: string | undefined): FetchedMedia {
  const type = allowedType(contentType);
  if (!type) return { ok: false, reason: 'bad_type', detail: contentType ?? '(none)' };
  if (!typeFitsKind(type, item.kind)) return { ok: false, reason: 'kind_mismatch', detail: type };
  if (!verifyMediaHash(bytes, item.sha256)) return { ok: false, reason: 'hash_mismatch', detail: sha256OfBytes(bytes) };
  return { ok: true, bytes, type };
}

/** dns.lookup that refuses private answers (unless the host is trusted), for http.request's `lookup`. */
function guardedLookup(trusted: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (!trusted && bad) return callback(new Refused('private_address', bad.address) as NodeJS.ErrnoException, '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function get(url: URL, trusted: boolean, opts: FetchOptions): Promise<{ bytes: Buffer; contentType: string | undefined }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      lookup: guardedLookup(trusted),
      headers: { accept: 'image/*, video/*', 'user-agent': 'Bulwark-media-proxy' },
      timeout: opts.timeoutMs ?? 10_000,
    }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(new Refused('status', String(response.statusCode)));
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes) {
        response.destroy();
        return reject(new Refused('too_large', String(declared)));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          response.destroy();
          reject(new Refused('too_large', `more than ${opts.maxBytes}`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ bytes: Buffer.concat(chunks), contentType: response.headers['content-type'] }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Refused('timeout')));
    request.on('error', (error) => reject(error instanceof Refused ? error : (error as { cause?: unknown }).cause instanceof Refused ? (error as { cause: Refused }).cause : error));
  });
}
