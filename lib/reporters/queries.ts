import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { cases, reporterMutes, reports, staff, type Channel } from '@/db/schema';
import { reporterRecord, type ReporterRecord } from './accuracy';

const HISTORY_LIMIT = 200;

export type ReporterReport = {
  id: string; externalId: string; receivedAt: Date; channel: Channel; categoryId: string | null;
  caseId: string; caseStatus: 'open' | 'escalated' | 'decided'; decision: string | null;
};
export type ReporterMuteRow = {
  id: string; reason: string; mutedAt: Date; mutedByName: string;
  unmutedAt: Date | null; unmutedByName: string | null; unmuteReason: string | null;
};
export type ReporterView = {
  id: string;
  record: ReporterRecord;
  reports: ReporterReport[];
  /** Newest first; the first is in force while its unmutedAt is null. */
  mutes: ReporterMuteRow[];
  muted: boolean;
};

/**
 * A reporter's history and accuracy: every report they filed with how its case was decided, and
 * whether a supervisor has muted them. The record counts all their reports; the list shows the latest.
 */
export async function loadReporterView(db: Executor, reporterId: string): Promise<ReporterView | null> {
  const outcomes = await queryRows<{ decision: string | null }>(db, sql`
    select c.decision::text as decision from reports r join cases c on c.id = r.case_id where r.reporter_account_id = ${reporterId}`);
  const mutes = await loadMutes(db, reporterId);
  if (!outcomes.length && !mutes.length) return null;
  const rows = await db.select({
    id: reports.id, externalId: reports.externalId, receivedAt: reports.receivedAt, channel: reports.channel, categoryId: reports.categoryId,
    caseId: cases.id, caseStatus: cases.status, decision: cases.decision,
  }).from(reports).innerJoin(cases, eq(cases.id, reports.caseId))
    .where(eq(reports.reporterAccountId, reporterId))
    .orderBy(desc(reports.receivedAt), desc(reports.id)).limit(HISTORY_LIMIT);
  return {
    id: reporterId,
    record: reporterRecord(outcomes.map((o) => o.decision)),
    reports: rows,
    mutes,
    muted: mutes.some((m) => !m.unmutedAt),
  };
}

const unmuter = alias(staff, 'unmuter');
function loadMutes(db: Executor, reporterId: string): Promise<ReporterMuteRow[]> {
  return db.select({
    id: reporterMutes.id, reason: reporterMutes.reason, mutedAt: reporterMutes.mutedAt, mutedByName: staff.name,
    unmutedAt: reporterMutes.unmutedAt, unmutedByName: unmuter.name, unmuteReason: reporterMutes.unmuteReason,
  }).from(reporterMutes)
    .innerJoin(staff, eq(staff.id, reporterMutes.mutedBy))
    .leftJoin(unmuter, eq(unmuter.id, reporterMutes.unmutedBy))
    .where(eq(reporterMutes.reporterAccountId, reporterId))
    .orderBy(desc(reporterMutes.mutedAt));
}
