/**
 * Whether text mentions a key term. Chinese has no spaces between words, so a term containing CJK
 * characters matches as a plain substring; any other term matches case-insensitively and only as a
 * whole word, so that a short name ("Lee") does not match inside another word ("fleeing").
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(term: string): (text: string) => boolean {
  const t = term.trim();
  if (!t) return () => false;
  if (CJK.test(t)) return (text) => text.includes(t);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(t)}(?![\\p{L}\\p{N}_])`, 'iu');
  return (text) => re.test(text);
}

/** The terms (as given) that the text mentions, in the order given, without repeats. */
export function mentions(text: string, terms: readonly string[]): string[] {
  const found: string[] = [];
  for (const term of terms) {
    if (!found.includes(term) && matcher(term)(text)) found.push(term);
  }
  return found;
}
