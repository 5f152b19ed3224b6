import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';
import { newNonce, pagePolicy } from '@/lib/security/headers';

const dev = process.env.NODE_ENV === 'development';

// Pages a signed-out visitor may see; everything else proxy.ts matches is a console page.
const publicPaths = /^\/(sign-in|sign-out|transparency)/;
const mediaPath = /^\/media\//;

/**
 * Lets the request through with a fresh page policy. The policy goes on the request too: Next reads
 * the nonce from the request's Content-Security-Policy header and puts it on its own scripts.
 */
function withPagePolicy(req: NextRequest): NextResponse {
  const policy = pagePolicy({ nonce: newNonce(), dev });
  const headers = new Headers(req.headers);
  headers.set('content-security-policy', policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('content-security-policy', policy);
  return res;
}

// Sends signed-out visitors of console pages to sign-in and, by running auth on every page request,
// rolls the session cookie forward so that only inactivity ends a session.
// This is convenience, not security: every page and action checks the caller again on the server.
const consolePages = auth((req) => {
  // Evidence media (/media/…) answers with its own stricter policy (sandbox): a page policy would replace it.
  if (req.auth) return mediaPath.test(req.nextUrl.pathname) ? NextResponse.next() : withPagePolicy(req);
  const url = new URL('/sign-in', req.nextUrl);
  if (req.nextUrl.pathname !== '/') url.searchParams.set('next', req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(url);
});

export function proxy(req: NextRequest, event: Parameters<typeof consolePages>[1]) {
  // Server actions and prefetches are not the user moving around, and both may still be in flight
  // when the user signs out: a refreshed cookie in their late answers would bring the session back.
  // Pages and actions check the caller themselves either way.
  // sign-out is left alone for the same reason as actions: a refresh must not undo its deletion.
  const background = (req.method === 'POST' && req.headers.has('next-action')) || req.headers.has('next-router-prefetch');
  if (background || publicPaths.test(req.nextUrl.pathname)) return withPagePolicy(req);
  return consolePages(req, event);
}

export const config = {
  // Everything that may answer with HTML; API routes and static files get next.config.ts's
  // locked-down policy instead (and a page policy would not help them).
  matcher: ['/((?!api/|_next/|favicon.ico|robots.txt).*)'],
};
