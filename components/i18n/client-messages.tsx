import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickMessages, type Namespace } from '@/lib/i18n/pick-messages';

/**
 * Sends the browser only the listed namespaces. A nested provider replaces (does not merge) the one
 * above, so a layout lists everything its own client components and its pages' need; write the list as
 * a literal, first thing the layout renders — lib/i18n/client-namespaces.test.ts reads it from source.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
