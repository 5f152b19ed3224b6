'use server';

import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale } from './locales';

/** Stores the interface language. Public on purpose: it only sets the caller's own cookie. */
export async function setLocale(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, toLocale(locale), { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
}
