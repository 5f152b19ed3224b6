import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authSecret } from './secret';

/** Minutes without a request after which a session ends. The proxy refreshes the cookie on activity. */
export const SESSION_IDLE_MINUTES = 30;

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

/** When the current session began, from its token; null for tokens without it. */
export const sessionStart = (session: unknown): number | null =>
  (session as { signedInAt?: number | null } | null)?.signedInAt ?? null;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 0 },
  pages: { signIn: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw) => {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { verifyStaffCredentials } = await import('@/lib/staff/sign-in');
        const member = await verifyStaffCredentials(parsed.data.email, parsed.data.password);
        return member ? { id: member.id, email: member.email, name: member.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Only at sign-in: refreshes keep the original start (see session-epoch.ts).
      if (user?.id) Object.assign(token, { sub: user.id, signedInAt: Date.now() });
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, { signedInAt: typeof token.signedInAt === 'number' ? token.signedInAt : null });
    },
  },
});
