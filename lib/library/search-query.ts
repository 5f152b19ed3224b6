import { z } from 'zod';
import { channel, exampleLanguage, exampleStatus, exampleVerdict } from '@/db/schema';

/**
 * What the searcher typed, made comparable: full-width forms folded (NFKC), runs of spaces joined,
 * trimmed, capped. Trigrams need three characters; shorter queries (one or two Chinese characters)
 * still match as substrings, scanned in keyset order rather than through the trigram index.
 */
export function normaliseQuery(raw: string | null | undefined): string {
  return (raw ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** ILIKE pattern matching the query anywhere, with %, _ and \ taken literally. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
