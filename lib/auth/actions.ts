'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn } from './auth';

const form = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
  next: z.string().regex(/^\/(?!\/)/).optional().catch(undefined),
});

export type SignInState = { error?: 'invalid_input' | 'invalid_credentials'; email?: string } | undefined;

/** Public by nature; lib/staff/sign-in.ts audits every attempt. */
export async function signInWithPassword(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(data));
  if (!parsed.success) return { error: 'invalid_input', email: String(data.get('email') ?? '') };
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.next ?? '/' });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'invalid_credentials', email: parsed.data.email };
    throw error; // the redirect after a successful sign-in
  }
}
