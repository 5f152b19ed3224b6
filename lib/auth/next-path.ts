/** Where sign-in sends the browser when `next` is missing or not a path on this console. */
export const HOME = '/';

const BASE = 'http://console.invalid';

/**
 * The console path `next` names, resolved against the console's own origin, or HOME. Only same-origin
 * paths pass: URL parsing drops tabs and newlines and reads a backslash as a slash, so `/\evil.example`
 * or `/\t/evil.example` would otherwise become `//evil.example`, which a browser takes for another
 * host. Refused outright: anything not starting with one slash, control characters, backslashes
 * (raw or percent-encoded), and whatever resolves to another origin or to a `//` path.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return HOME;
  if (!next.startsWith('/') || next.startsWith('//')) return HOME;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return HOME;
  let decoded = next;
  try {
    // Decoded twice: a path that turns into a host only after a proxy decodes it once more is refused too.
    decoded = decodeURIComponent(decodeURIComponent(next));
  } catch {
    return HOME;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith('//')) return HOME;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return HOME;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}
