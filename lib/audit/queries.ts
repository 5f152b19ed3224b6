import { and, desc, eq, gte, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';
import { encodeCursor, type AuditCursor, type AuditFilters } from './filters';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  at: Date;
  actorType: 'staff' | 'api_key' | 'system';
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string;
};

export type AuditPage = { entries: AuditRow[]; nextCursor: string | null };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(f: AuditFilters): SQL[] {
  const where: (SQL | undefined)[] = [
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.actorType ? eq(auditLog.actorType, f.actorType) : undefined,
    f.action ? or(eq(auditLog.action, f.action), like(auditLog.action, `${escapeLike(f.action)}.%`)) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.since ? gte(auditLog.at, f.since) : undefined,
    f.until ? lt(auditLog.at, f.until) : undefined,
  ];
  return where.filter((c): c is SQL => c !== undefined);
}

/**
 * One page of the audit log, newest first, by keyset on (at desc, id desc): each page starts after
 * the last row of the previous one, so deep pages cost the same as the first and rows written while
 * someone pages never shift what they see.
 */
export async function browseAudit(
  db: Executor,
  filters: AuditFilters = {},
  page: { after?: AuditCursor | null; limit?: number } = {},
): Promise<AuditPage> {
  const limit = Math.min(Math.max(page.limit ?? AUDIT_PAGE_SIZE, 1), 500);
  const where = conditions(filters);
  if (page.after) where.push(sql`(${auditLog.at}, ${auditLog.id}) < (${page.after.at}::timestamptz, ${page.after.id}::bigint)`);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      cursorAt: sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    entries: shown.map(({ cursorAt: _c, ...row }) => row),
    nextCursor: more && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}
