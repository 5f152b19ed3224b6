import { isIP } from 'node:net';

/**
 * Whether an IP address is one a server-side fetch must not reach on a platform URL's say-so:
 * loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast, unspecified,
 * reserved, and the IPv6 equivalents including IPv4-mapped forms.
 */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return isPrivateV4(address);
  if (kind === 6) return isPrivateV6(address);
  return true; // not an address at all: refuse rather than guess
}

function isPrivateV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || a >= 224
    || (a === 100 && b >= 64 && b <= 127)
    || (a === 169 && b === 254)
    || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168)
    || (a === 192 && b === 0)
    || (a === 198 && (b === 18 || b === 19));
}

function isPrivateV6(address: string): boolean {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateV4(mapped[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16);
    return isPrivateV4([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
  }
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 // unique local fc00::/7
    || (first & 0xffc0) === 0xfe80 // link-local fe80::/10
    || (first & 0xff00) === 0xff00 // multicast
    || lower.startsWith('64:ff9b:') // NAT64 can reach IPv4-private space
    || lower.startsWith('2001:db8:');
}

/** host or host:port, lower-case, as the allow-list names it. */
export function hostKey(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname.toLowerCase().replace(/^\[|\]$/g, '')}:${port}`;
}

/**
 * The allow-list setting (MEDIA_ALLOWED_HOSTS, comma-separated `host` or `host:port`): hosts the
 * console may fetch media from even though they resolve to a private or loopback address — the
 * platform's own media host inside the same network, or a local server in tests.
 */
export function parseAllowList(setting: string | undefined): string[] {
  return (setting ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
}

export function isAllowListed(url: URL, allowList: readonly string[]): boolean {
  const key = hostKey(url);
  const host = key.slice(0, key.lastIndexOf(':'));
  return allowList.some((entry) => entry === key || entry === host);
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: 'bad_url' | 'bad_scheme' | 'credentials' };

/** The checks a media URL must pass before any lookup: parseable, http(s), no user:password. */
export function checkMediaUrl(raw: string): UrlCheck {
  if (!URL.canParse(raw)) return { ok: false, reason: 'bad_url' };
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'bad_scheme' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  return { ok: true, url };
}
