import { z } from 'zod';
import { channel, exampleLanguage, exampleStatus, exampleVerdict } from '@/db/schema';
import { normalizeText } from '@/lib/model/normalize';

/**
 * What the searcher typed, made comparable: full-width forms folded (NFKC), runs of spaces joined,
 * trimmed, capped. Chinese (any CJK run) is found through the gram index, English words of three
 * letters or more through the trigram index; anything else is scanned in keyset order.
 */
export function normaliseQuery(raw: string | null | undefined): string {
  return (raw ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** ILIKE pattern matching the query anywhere, with %, _ and \ taken literally. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// The CJK ranges library_search_grams (db/migrations/0025_search_bigrams.sql) indexes: kana, Han, Hangul.
const cjkRun = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g;

/**
 * The grams a query's CJK runs must all have in an example's search_grams: a lone character itself,
 * longer runs their adjacent pairs (as pg_bigm does). Lower-cased after NFKC, like the stored grams.
 */
export function queryGrams(query: string): string[] {
  const grams = new Set<string>();
  for (const run of query.normalize('NFKC').toLowerCase().match(cjkRun) ?? []) {
    const chars = [...run];
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}

/**
 * The grams of the query as the recognition model reads it (traditional → simplified, separators and
 * emoji between characters dropped, repeats collapsed, pinyin and abbreviations as the word they stand
 * for), the way library_search_grams cuts a document: CJK characters and pairs, Latin words of three
 * letters or more. Matched against the grams stored for each example's own reading
 * (lib/library/variant-grams.ts), so 傻-逼, 傻逼 written in traditional, or sb find 傻逼 and the reverse.
 */
export function variantGrams(query: string): string[] {
  const read = normalizeText(query);
  const chinese = queryGrams(read);
  const words = [...read.matchAll(/[a-z0-9]+/g)].map(([w]) => w.slice(0, 40));
  // Latin alone: one word (a tag's word, sh1t as shit); a phrase would lose its short words and order.
  if (!chinese.length) return words.length === 1 && words[0].length >= 3 ? words : [];
  return [...new Set([...chinese, ...words.filter((w) => w.length >= 3)])];
}

/** Whether the query, read as the model reads it, has Chinese in it (so the gram index serves it). */
export function readsAsChinese(query: string): boolean {
  return queryGrams(normalizeText(query)).length > 0;
}

/** Whether the trigram index can narrow the search: it needs one run of three characters. */
export function usesTrigrams(query: string): boolean {
  return query.split(/[^\p{L}\p{N}]+/u).some((w) => [...w].length >= 3);
}

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
export const libraryFilters = z.object({
  q: z.string().max(500).optional().transform((v) => normaliseQuery(v)),
  categoryId: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  verdict: z.preprocess(blankToUndefined, z.enum(exampleVerdict.enumValues).optional()),
  channel: z.preprocess(blankToUndefined, z.enum(channel.enumValues).optional()),
  language: z.preprocess(blankToUndefined, z.enum(exampleLanguage.enumValues).optional()),
  tag: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  status: z.preprocess(blankToUndefined, z.enum(exampleStatus.enumValues).default('accepted')),
});
export type LibraryFilters = z.output<typeof libraryFilters>;

/** Filters from a URL's search params; anything invalid falls back to no filter. */
export function filtersFromParams(params: Record<string, string | string[] | undefined>): LibraryFilters {
  const one = (k: string) => { const v = params[k]; return Array.isArray(v) ? v[0] : v; };
  const raw = Object.fromEntries(['q', 'categoryId', 'verdict', 'channel', 'language', 'tag', 'status'].map((k) => [k, one(k)]));
  const parsed = libraryFilters.safeParse(raw);
  if (parsed.success) return parsed.data;
  return libraryFilters.parse({ q: typeof raw.q === 'string' ? raw.q : undefined });
}

// Keyset position: created_at as Postgres text (microseconds, unlike a JS Date) and id.
const pgTimestamp = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d){0,2}|Z)$/;
const cursorShape = z.tuple([z.string().regex(pgTimestamp), z.uuid()]);
export type LibraryCursor = { createdAt: string; id: string };

export function encodeLibraryCursor(c: LibraryCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id]), 'utf8').toString('base64url');
}

export function decodeLibraryCursor(value: string | null | undefined): LibraryCursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { createdAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
