import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';

// Sends signed-out visitors of console pages to sign-in and, by running auth on every page request,
// rolls the session cookie forward so that only inactivity ends a session.
// This is convenience, not security: every page and action checks the caller again on the server.
const pages = auth((req) => {
  if (req.auth) return NextResponse.next();
  const url = new URL('/sign-in', req.nextUrl);
  if (req.nextUrl.pathname !== '/') url.searchParams.set('next', req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(url);
});

export function proxy(req: NextRequest, event: Parameters<typeof pages>[1]) {
  // Server actions and prefetches are not the user moving around, and both may still be in flight
  // when the user signs out: a refreshed cookie in their late answers would bring the session back.
  // Pages and actions check the caller themselves either way.
  const background = (req.method === 'POST' && req.headers.has('next-action')) || req.headers.has('next-router-prefetch');
  if (background) return NextResponse.next();
  return pages(req, event);
}

export const config = {
  // sign-out is left alone for the same reason as actions: a refresh must not undo its deletion.
  matcher: ['/((?!api/|_next/|sign-in|sign-out|transparency|favicon.ico|robots.txt).*)'],
};
