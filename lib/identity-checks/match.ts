import type { IncidentKeys, KeyParty } from '@/lib/incidents/terms';

/**
 * Whether a new account name borrows the name of a party in a hot incident (notice IV.2). Pure, so
 * the rules are unit-tested apart from the database.
 *
 * Names are compared folded: full-width forms to half-width (NFKC), English to lower case, and all
 * white space, punctuation and symbols dropped, so "ＥＭＭＡ·Walsh_" and "emma walsh" are one name.
 * A party name equal to the new name always matches. Contained in a longer name it matches only when
 * it is long enough to mean something on its own: two Chinese characters ("王芳官方" borrows "王芳"),
 * four letters or digits otherwise (so "Lee" does not match inside "fleeing").
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;
const MIN_CJK = 2;
const MIN_OTHER = 4;

export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function borrows(newName: string, partyName: string): boolean {
  if (!newName || !partyName) return false;
  if (newName === partyName) return true;
  const long = [...partyName].length >= (CJK.test(partyName) ? MIN_CJK : MIN_OTHER);
  return long && newName.includes(partyName);
}

export type RenameMatch = {
  incidentId: string;
  party: KeyParty;
  /** The party's name (display name or handle, as the incident records it) that the new name borrows. */
  matchedName: string;
};

/**
 * The hot incidents whose parties the renamed account now looks like, at most one match per
 * incident. The account that is itself the party is not a match: it may rename to its own name.
 */
export function renameMatches(
  account: { accountId: string; handle: string; displayName: string },
  hot: readonly Pick<IncidentKeys, 'incidentId' | 'status' | 'parties'>[],
): RenameMatch[] {
  const names = [foldName(account.handle), foldName(account.displayName)].filter(Boolean);
  const found: RenameMatch[] = [];
  for (const incident of hot) {
    if (incident.status === 'closed') continue;
    for (const party of incident.parties) {
      if (party.accountId === account.accountId) continue;
      const matchedName = [party.displayName, party.handle].find((n) => {
        const folded = foldName(n);
        return names.some((name) => borrows(name, folded));
      });
      if (matchedName) {
        found.push({ incidentId: incident.incidentId, party, matchedName });
        break;
      }
    }
  }
  return found;
}
