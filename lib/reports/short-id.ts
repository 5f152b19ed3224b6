import { and, gte, lte } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';

const fullId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The first eight hex digits of a case id: what people say aloud and paste into chat. */
export const shortCaseId = (id: string) => id.slice(0, 8);

/**
 * Reads what someone typed as a case id: a whole id, or its first 8 or more hex digits (hyphens and
 * case as they come). Returns the id range to look in, or null when it cannot be a case id.
 */
export function caseIdRange(typed: string): { from: string; to: string } | null {
  const raw = typed.trim().toLowerCase();
  if (fullId.test(raw)) return { from: raw, to: raw };
  const hex = raw.replace(/-/g, '');
  if (!/^[0-9a-f]{8,32}$/.test(hex)) return null;
  const pad = (c: string) => hex.padEnd(32, c).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  return { from: pad('0'), to: pad('f') };
}

/** The one case an id or short id names; null when none or several do (then the caller says so). */
export async function resolveCaseId(db: Executor, typed: string): Promise<{ id: string } | { ambiguous: true } | null> {
  const range = caseIdRange(typed);
  if (!range) return null;
  // A primary-key range scan: two rows at most, whatever the table's size.
  const rows = await db.select({ id: cases.id }).from(cases).where(and(gte(cases.id, range.from), lte(cases.id, range.to))).limit(2);
  if (rows.length === 0) return null;
  return rows.length === 1 ? { id: rows[0].id } : { ambiguous: true };
}
