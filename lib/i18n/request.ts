import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getDb } from '@/db/client';
import { organisationTimeZone } from '@/lib/organisation/time-zone';
import { DEFAULT_TIME_ZONE } from '@/lib/time/zone';
import { LOCALE_COOKIE, toLocale } from './locales';
import { loadMessages } from './messages';

// No locale in the URL: the user's choice lives in a cookie, falling back to the browser's language.
export default getRequestConfig(async ({ locale: explicit }) => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  // An explicit locale (getTranslations({ locale })) wins: the command palette names pages in both languages.
  const locale = toLocale(explicit ?? chosen ?? (h.get('accept-language')?.toLowerCase().startsWith('zh') ? 'zh' : 'en'));
  return { locale, messages: await loadMessages(locale), timeZone: await timeZone() };
});

// Every page shows times in the organisation's zone (set by an admin, lib/organisation/time-zone.ts).
async function timeZone(): Promise<string> {
  try {
    return await organisationTimeZone(await getDb());
  } catch {
    return DEFAULT_TIME_ZONE; // no database yet (first start): the default rather than a broken page
  }
}
