import { z } from 'zod';

/** Where a queue row sits in the order (priority desc, created_at, id): the last row of a page. */
export type QueueCursor = { priority: number; createdAt: string; id: string };

// Postgres' text form of a timestamptz, e.g. "2025-03-01 08:00:00.123456+00" (offsets may carry minutes).
const pgTimestamp = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d){0,2}|Z)$/;
const cursorShape = z.tuple([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(pgTimestamp), z.uuid()]);

// created_at travels as Postgres' own text, not a JS Date: a Date keeps milliseconds, the column
// keeps microseconds, and a truncated cursor would repeat rows at page boundaries.
export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.priority, c.createdAt, c.id]), 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor we issued: the list then starts from the top. */
export function decodeCursor(value: string | null | undefined): QueueCursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [priority, createdAt, id] = parsed.data;
    return { priority, createdAt, id };
  } catch {
    return null;
  }
}
