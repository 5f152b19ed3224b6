import type { Executor } from '@/db/client';
import { incidentTerms, incidentsMentionedIn, type IncidentKeys } from '@/lib/incidents/terms';

/** The open incidents' keys, read once per request and reused for every item in it. */
export const openIncidentKeys = (db: Executor) => incidentTerms(db);

/**
 * The incident an item belongs to: the one whose party posted it (or hosts it), else the first one
 * its text names. Parties and terms come from lib/incidents/terms.ts, the one place they are read.
 */
export function incidentOf(keys: readonly IncidentKeys[], accountId: string, text: string): string | null {
  const byParty = keys.find((k) => k.parties.some((p) => p.accountId === accountId));
  if (byParty) return byParty.incidentId;
  return incidentsMentionedIn(text, keys)[0]?.incidentId ?? null;
}
