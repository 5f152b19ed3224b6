export type DiffOp = 'equal' | 'insert' | 'delete';
export type DiffPart = { op: DiffOp; text: string };

// Chinese, Japanese and Korean are written without spaces: there each character is a token, so a
// changed phrase shows as the characters that changed instead of the whole run up to the next comma.
const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const tokenPattern = new RegExp(`\\n|[${cjk}]|(?:(?![${cjk}])[\\p{L}\\p{N}\\p{M}_'’])+|[^\\S\\n]+|[\\s\\S]`, 'gu');

export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

// Above this many cells a changed block is shown as removed-then-added rather than diffed token by token.
const MAX_CELLS = 2_000_000;

type Edit<T> = { op: DiffOp; item: T };

/** Longest-common-subsequence edit script, with the common head and tail trimmed first. */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Edit<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const head = a.slice(0, start).map((item) => ({ op: 'equal' as const, item }));
  const tail = a.slice(endA).map((item) => ({ op: 'equal' as const, item }));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const middle = x.length * y.length > MAX_CELLS
    ? [...x.map((item) => ({ op: 'delete' as const, item })), ...y.map((item) => ({ op: 'insert' as const, item }))]
    : lcs(x, y);
  return [...head, ...middle, ...tail];
}

function lcs<T>(x: readonly T[], y: readonly T[]): Edit<T>[] {
  const n = x.length;
  const m = y.length;
  const width = m + 1;
  // lengths[i][j]: LCS length of x[i..] and y[j..]
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = x[i] === y[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const out: Edit<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) { out.push({ op: 'equal', item: x[i] }); i++; j++; }
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) out.push({ op: 'delete', item: x[i++] });
    else out.push({ op: 'insert', item: y[j++] });
  }
  while (i < n) out.push({ op: 'delete', item: x[i++] });
  while (j < m) out.push({ op: 'insert', item: y[j++] });
  return out;
}

function push(parts: DiffPart[], op: DiffOp, text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * Line diff first, then a word diff (a character diff in CJK runs) inside each changed block of
 * lines: unchanged paragraphs stay whole and an edited sentence shows only the words that changed.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const lines = (s: string) => s.split(/(?<=\n)/).filter(Boolean);
  const parts: DiffPart[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (const e of diffSequences(tokenize(removed.join('')), tokenize(added.join('')))) push(parts, e.op, e.item);
    removed = [];
    added = [];
  };
  for (const e of diffSequences(lines(before), lines(after))) {
    if (e.op === 'equal') { flush(); push(parts, 'equal', e.item); }
    else if (e.op === 'delete') removed.push(e.item);
    else added.push(e.item);
  }
  flush();
  return parts;
}

/** The two sides of a side-by-side view: the old text with deletions marked, the new with insertions. */
export function sideBySide(parts: DiffPart[]): { left: DiffPart[]; right: DiffPart[] } {
  return { left: parts.filter((p) => p.op !== 'insert'), right: parts.filter((p) => p.op !== 'delete') };
}

export const unchanged = (parts: DiffPart[]) => parts.every((p) => p.op === 'equal');
