import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { cases, decisions, evidenceSnapshots, reports, staff, type Case, type EvidenceContent } from '@/db/schema';
import { verifyEvidence } from './evidence';

export type EvidenceView = { id: string; content: EvidenceContent; sha256: string; capturedAt: Date; verified: boolean };
export type RelatedCase = Pick<Case, 'id' | 'status' | 'decision' | 'channel' | 'categoryId' | 'createdAt' | 'decidedAt' | 'involvesMinor'> & {
  role: 'subject' | 'target';
};
export type CaseView = {
  case: Case;
  lease: { holderId: string; holderName: string; expiresAt: Date; active: boolean; mine: boolean } | null;
  evidence: EvidenceView | null;
  /** Every snapshot whose stored hash no longer matches: one is enough to distrust the case. */
  tamperedEvidenceIds: string[];
  reports: Awaited<ReturnType<typeof loadReports>>;
  decisions: Awaited<ReturnType<typeof loadDecisions>>;
  subjectHistory: RelatedCase[];
  targetHistory: RelatedCase[];
};

const HISTORY_LIMIT = 20;

/** Everything the case page shows, read in one go. Null when there is no such case. */
export async function loadCaseView(db: Executor, caseId: string, viewerId: string, now = new Date()): Promise<CaseView | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) return null;
  const [caseReports, caseDecisions, holder, subjectHistory, targetHistory] = await Promise.all([
    loadReports(db, caseId),
    loadDecisions(db, caseId),
    row.claimedBy ? db.select({ name: staff.name }).from(staff).where(eq(staff.id, row.claimedBy)) : Promise.resolve([]),
    related(db, row, 'subject'),
    row.targetAccountId ? related(db, row, 'target') : Promise.resolve([]),
  ]);
  const snapshotIds = [...new Set([row.firstEvidenceId, ...caseReports.map((r) => r.evidenceId)].filter((id): id is string => !!id))];
  const snapshots = snapshotIds.length ? await db.select().from(evidenceSnapshots).where(inArray(evidenceSnapshots.id, snapshotIds)) : [];
  const checked = snapshots.map((s) => ({ ...s, content: s.content as EvidenceContent, verified: verifyEvidence(s.content, s.sha256) }));
  const primaryId = row.firstEvidenceId ?? caseReports[0]?.evidenceId;
  return {
    case: row,
    lease: row.claimedBy && row.leaseExpiresAt
      ? {
        holderId: row.claimedBy,
        holderName: holder[0]?.name ?? '',
        expiresAt: row.leaseExpiresAt,
        active: row.leaseExpiresAt.getTime() > now.getTime(),
        mine: row.claimedBy === viewerId,
      }
      : null,
    evidence: checked.find((s) => s.id === primaryId) ?? null,
    tamperedEvidenceIds: checked.filter((s) => !s.verified).map((s) => s.id),
    reports: caseReports,
    decisions: caseDecisions,
    subjectHistory,
    targetHistory,
  };
}

function loadReports(db: Executor, caseId: string) {
  return db
    .select({
      id: reports.id, externalId: reports.externalId, categoryId: reports.categoryId, reporterAccountId: reports.reporterAccountId,
      reporterIsMinor: reports.reporterIsMinor, targetAccountId: reports.targetAccountId, targetIsMinor: reports.targetIsMinor,
      description: reports.description, receivedAt: reports.receivedAt, evidenceId: reports.evidenceId,
    })
    .from(reports)
    .where(eq(reports.caseId, caseId))
    .orderBy(asc(reports.receivedAt), asc(reports.id));
}

const undoer = alias(staff, 'undoer');
function loadDecisions(db: Executor, caseId: string) {
  return db
    .select({
      id: decisions.id, action: decisions.action, reason: decisions.reason, categoryId: decisions.categoryId, note: decisions.note,
      decidedAt: decisions.decidedAt, deciderName: staff.name, deciderId: decisions.decidedBy,
      standardsVersion: decisions.standardsVersion,
      // Taken back (lib/reports/undo.ts): when, by whom, how and why.
      undoneAt: decisions.undoneAt, undoKind: decisions.undoKind, undoReason: decisions.undoReason, undoneByName: undoer.name,
    })
    .from(decisions)
    .innerJoin(staff, eq(staff.id, decisions.decidedBy))
    .leftJoin(undoer, eq(undoer.id, decisions.undoneBy))
    .where(eq(decisions.caseId, caseId))
    .orderBy(asc(decisions.decidedAt), asc(decisions.id));
}

const other = alias(cases, 'other');

/**
 * Other cases of the reported account (as the one reported) or of the target (attacked, or reported
 * themselves), newest first: a pattern of pile-ons or of retaliation shows here.
 */
async function related(db: Executor, c: Case, role: 'subject' | 'target'): Promise<RelatedCase[]> {
  const account = role === 'subject' ? c.subjectAccountId : c.targetAccountId!;
  const match = role === 'subject'
    ? eq(other.subjectAccountId, account)
    : or(eq(other.targetAccountId, account), eq(other.subjectAccountId, account));
  const rows = await db
    .select({
      id: other.id, status: other.status, decision: other.decision, channel: other.channel, categoryId: other.categoryId,
      createdAt: other.createdAt, decidedAt: other.decidedAt, involvesMinor: other.involvesMinor,
    })
    .from(other)
    .where(and(match, ne(other.id, c.id)))
    .orderBy(desc(other.createdAt), sql`${other.id}`)
    .limit(HISTORY_LIMIT);
  return rows.map((r) => ({ ...r, role }));
}
