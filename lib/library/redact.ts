/** A half-open range [start, end) of UTF-16 positions in the text the moderator saw. */
export type Span = { start: number; end: number };

export const REDACTED = '[redacted]';

// Personal data that is never kept in the library whether or not the moderator marked it: phone
// numbers (mainland mobiles and international), e-mail addresses and mainland ID card numbers.
const personalData = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /(?<!\d)\d{17}[\dXx](?!\d)/g,
  /(?<![\d+])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g,
  /(?<!\w)\+\d{1,3}[- ]?\d{2,4}[- ]?\d{3,4}[- ]?\d{3,4}(?!\d)/g,
];

/** The spans of personal data found by pattern, for prefilling the moderator's marks. */
export function detectPersonalData(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of personalData) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return mergeSpans(spans, text.length);
}

/** Sorted, clamped to the text, overlapping and touching spans joined, empty ones dropped. */
export function mergeSpans(spans: Span[], length: number): Span[] {
  const clamped = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of clamped) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Replaces each span with one marker of fixed width, so the saved text reveals neither the words nor
 * their length. Returns the text and where each marker landed in it (for highlighting).
 */
export function applyRedactions(text: string, spans: Span[]): { text: string; redactions: Span[] } {
  const merged = mergeSpans(spans, text.length);
  let out = '';
  let from = 0;
  const placed: Span[] = [];
  for (const s of merged) {
    out += text.slice(from, s.start);
    placed.push({ start: out.length, end: out.length + REDACTED.length });
    out += REDACTED;
    from = s.end;
  }
  return { text: out + text.slice(from), redactions: placed };
}

/** The moderator's marks plus whatever personal data the patterns find, applied in one pass. */
export function redactForLibrary(text: string, marked: Span[]): { text: string; redactions: Span[] } {
  return applyRedactions(text, [...marked, ...detectPersonalData(text)]);
}
