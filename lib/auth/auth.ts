import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authSecret } from './secret';

/** Minutes without a request after which a session ends. The proxy refreshes the cookie on activity. */
export const SESSION_IDLE_MINUTES = 30;

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

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
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
