import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from './locales';
import { loadMessages } from './messages';

// No locale in the URL: the user's choice lives in a cookie, falling back to the browser's language.
export default getRequestConfig(async () => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  const locale = toLocale(chosen ?? (h.get('accept-language')?.toLowerCase().startsWith('zh') ? 'zh' : 'en'));
  return { locale, messages: await loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
