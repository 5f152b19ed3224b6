import type { SectionKind } from '@/db/schema/sections';

/**
 * Name rules (notice III.2): while a rule is in force, the platform may not create a section whose
 * name matches it. Pure logic, shared by the section-check API, the events API and the rules page.
 */
export type NameRule = {
  id: string;
  pattern: string;
  match: 'substring' | 'glob';
  kinds: SectionKind[] | null;
  until: Date;
  revokedAt?: Date | null;
};

export const MAX_PATTERN_LENGTH = 100;
const MAX_WILDCARDS = 8;

/**
 * Full-width letters, digits and punctuation fold to their half-width forms (NFKC), English folds to
 * lower case, and runs of white space collapse, so "ＥＭＭＡ  walsh" and "emma walsh" compare equal.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Why a pattern is refused, or null when it may be stored. */
export function patternProblem(pattern: string, match: NameRule['match']): string | null {
  const p = normaliseName(pattern);
  if (p.length < 2) return 'pattern_too_short';
  if (p.length > MAX_PATTERN_LENGTH) return 'pattern_too_long';
  if (match === 'glob') {
    if ((p.match(/[*?]/g) ?? []).length > MAX_WILDCARDS) return 'pattern_too_many_wildcards';
    if (p.replace(/[*?\s]/g, '').length < 2) return 'pattern_too_broad';
  }
  return null;
}

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/**
 * A glob (`*` any run, `?` one character) matches the whole name. It is compiled from escaped
 * literal text, so no user-written regular expression ever runs; runs of `*` collapse to one and the
 * number of wildcards is capped, which keeps matching linear enough for names of a few hundred characters.
 */
function compile(rule: Pick<NameRule, 'pattern' | 'match'>): (name: string) => boolean {
  const p = normaliseName(rule.pattern);
  if (rule.match === 'substring') return (name) => name.includes(p);
  const body = escape(p.replace(/\*+/g, '*')).replace(/\*/g, '.*').replace(/\?/g, '.');
  const re = new RegExp(`^${body}$`, 'su');
  return (name) => re.test(name);
}

export function ruleMatches(rule: Pick<NameRule, 'pattern' | 'match'>, name: string): boolean {
  if (patternProblem(rule.pattern, rule.match)) return false;
  return compile(rule)(normaliseName(name).slice(0, 500));
}

export function isInForce(rule: Pick<NameRule, 'until' | 'revokedAt'>, now: Date): boolean {
  return !rule.revokedAt && rule.until.getTime() > now.getTime();
}

/** The rule in force that refuses this name for this kind, the one lasting longest when several do. */
export function refusingRule<R extends NameRule>(rules: readonly R[], kind: SectionKind, name: string, now: Date): R | null {
  const hits = rules.filter((r) => isInForce(r, now) && (!r.kinds?.length || r.kinds.includes(kind)) && ruleMatches(r, name));
  return hits.sort((a, b) => b.until.getTime() - a.until.getTime())[0] ?? null;
}
