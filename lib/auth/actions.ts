'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from './auth';
import { signInInput } from './sign-in-input';

export type SignInState = { error?: 'invalid_input' | 'invalid_credentials' | 'throttled'; email?: string } | undefined;

/** Public by nature; lib/staff/sign-in.ts throttles and audits the attempts. */
export async function signInWithPassword(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse(Object.fromEntries(data));
  if (!parsed.success) return { error: 'invalid_input', email: String(data.get('email') ?? '').slice(0, 254) };
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.next });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'throttled') return { error: 'throttled', email: parsed.data.email };
    if (error instanceof AuthError) return { error: 'invalid_credentials', email: parsed.data.email };
    throw error; // the redirect after a successful sign-in
  }
}
