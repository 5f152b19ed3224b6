import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth/auth';

// Sends signed-out visitors of console pages to sign-in and, by running auth on every console
// request, rolls the session cookie forward so that only inactivity ends a session.
// This is convenience, not security: every page and action checks the caller again on the server.
export const proxy = auth((req) => {
  if (req.auth) return NextResponse.next();
  const url = new URL('/sign-in', req.nextUrl);
  if (req.nextUrl.pathname !== '/') url.searchParams.set('next', req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ['/((?!api/|_next/|sign-in|transparency|favicon.ico|robots.txt).*)'],
};
