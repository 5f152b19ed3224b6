// The console's security headers in one place. proxy.ts sends the page policy with a fresh nonce on
// every page request; next.config.ts sends the fixed headers on every response and the locked-down
// policy on the responses proxy.ts does not see (API routes, static files).
// No imports: next.config.ts loads this file before the app's path aliases exist.

type Directives = Record<string, string[]>;

function serialise(directives: Directives): string {
  return Object.entries(directives).map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy for HTML pages. Next reads the nonce back out of this header (sent on the request by
 * proxy.ts) and puts it on its own scripts, so pages must render per request — they do: the root
 * layout reads the locale cookie.
 */
export function pagePolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return serialise({
    'default-src': ["'self'"],
    // 'strict-dynamic': the chunks Next's nonce-bearing scripts load are trusted through them.
    // 'unsafe-eval' only under `next dev`, where React uses eval to rebuild server error stacks;
    // neither React nor Next evaluate strings in a production build.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles: React renders `style={...}` props as style attributes and recharts
    // positions its SVG with them; attributes cannot carry a nonce. Inline styles cannot run code,
    // and scripts stay nonce-only. (A nonce here would make browsers ignore 'unsafe-inline'.)
    'style-src': ["'self'", "'unsafe-inline'"],
    // Media comes through our own proxy, never straight from a third party; blob: and data: for
    // previews built in the browser.
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/**
 * For everything that is not a page (JSON, CSV, PDF, feeds, static files): nothing may load and
 * nothing may frame it, so a response that a browser does render as a document stays inert.
 */
const resourceDirectives: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};
export const resourcePolicy = serialise(resourceDirectives);

/**
 * Evidence media (/media/…) is hostile by nature: besides loading nothing, a file a browser opens as
 * a document (an SVG, say) runs in a sandbox with an opaque origin, so it can reach nothing of ours.
 */
export const mediaPolicy = serialise({ sandbox: [], ...resourceDirectives });

/** Sent on every response, pages and API alike. Lower-case names so that proxy.ts can override them. */
export const fixedHeaders: ReadonlyArray<{ key: string; value: string }> = [
  // frame-ancestors is the modern form; X-Frame-Options for browsers that predate it.
  { key: 'x-frame-options', value: 'DENY' },
  { key: 'x-content-type-options', value: 'nosniff' },
  // Console URLs name cases and accounts: other sites learn at most our origin.
  { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
  // The console needs none of these; fullscreen stays ours for the evidence video player.
  {
    key: 'permissions-policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=(), fullscreen=(self)',
  },
  // A page the console opens (or that opens the console) gets no handle on its window.
  { key: 'cross-origin-opener-policy', value: 'same-origin' },
];

/** 128 random bits, base64: unguessable and fresh for each response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
