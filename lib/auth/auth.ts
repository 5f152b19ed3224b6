import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { publicOrigin } from '@/lib/config/public-url';
import { safeNextPath } from './next-path';
import { authSecret } from './secret';
import { SESSION_ABSOLUTE_HOURS, sessionExpired } from './session-epoch';

/** Minutes without a request after which a session ends. The proxy refreshes the cookie on activity. */
export const SESSION_IDLE_MINUTES = 30;
export { SESSION_ABSOLUTE_HOURS };

const credentials = z.object({ email: z.string().trim().toLowerCase().max(254).email(), password: z.string().min(1).max(1024) });

/** Too many failed sign-ins for the account or from the client address (lib/staff/sign-in.ts). */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

/** When the current session began, from its token; null for tokens without it. */
export const sessionStart = (session: unknown): number | null =>
  (session as { signedInAt?: number | null } | null)?.signedInAt ?? null;

/**
 * The client address for sign-in backoff: the address the nearest proxy saw (the last entry it
 * appended to X-Forwarded-For), else X-Real-IP. Without a proxy in front, every client shares one
 * key, which only makes the per-address limit stricter.
 */
function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? request?.headers.get('x-real-ip')?.trim() ?? 'direct';
}

// With a public origin set, Auth.js builds its callback and redirect URLs from it, not from the request.
if (process.env.PUBLIC_URL && !process.env.AUTH_URL) process.env.AUTH_URL = `${publicOrigin()}/api/auth`;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 0 },
  pages: { signIn: '/sign-in' },
  // The default logger prints whole errors, and a JWTSessionError carries the expired or forged token's
  // contents; a failed sign-in prints a stack trace per attempt. Names and codes only.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error(`[auth] ${(error as { type?: string }).type ?? error.name}`);
    },
    warn(code) {
      console.warn(`[auth] warning ${code}`);
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { checkStaffSignIn } = await import('@/lib/staff/sign-in');
        const outcome = await checkStaffSignIn(parsed.data.email, parsed.data.password, clientAddress(request));
        if (!outcome.ok && outcome.reason === 'throttled') throw new ThrottledSignIn();
        return outcome.ok ? { id: outcome.member.id, email: outcome.member.email, name: outcome.member.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Only at sign-in: refreshes keep the original start (see session-epoch.ts).
      if (user?.id) Object.assign(token, { sub: user.id, signedInAt: Date.now() });
      // Activity keeps a session alive only up to its absolute lifetime; null clears the cookie.
      if (sessionExpired(typeof token.signedInAt === 'number' ? token.signedInAt : null, Date.now())) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, { signedInAt: typeof token.signedInAt === 'number' ? token.signedInAt : null });
    },
    // Only paths on this console, whatever `next` or callbackUrl asked for.
    redirect({ url, baseUrl }) {
      const base = new URL(baseUrl);
      let path = url;
      try {
        const target = new URL(url, base);
        path = target.origin === base.origin ? `${target.pathname}${target.search}${target.hash}` : '/';
      } catch {
        path = '/';
      }
      return `${base.origin}${safeNextPath(path)}`;
    },
  },
});
