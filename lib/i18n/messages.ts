import type { Locale } from './locales';

// Each capability keeps its strings in its own file (messages/<locale>/<namespace>.json) so that
// features can be added without touching one shared catalogue.
export const namespaces = [
  'common', 'auth', 'queue', 'case', 'admin', 'audit',
  'incidents', 'disclosures', 'transparency', 'dashboard', 'standards', 'library',
  'accounts', 'sanctions', 'approvals', 'agencies', 'sections', 'comments', 'livestreams', 'videos', 'referrals',
  'model',
  'protection', 'alerts', 'wellness',
  'corrections', 'notes', 'tags', 'reporters',
  'compliance', 'organisation', 'bulk', 'palette',
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
