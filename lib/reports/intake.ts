import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { CaseStatus } from '@/db/schema/reports';
import type { FieldError } from '@/lib/api/field-errors';
import type { Actor } from '@/lib/audit/write';
import type { JoiningReport } from './case-merge';
import { joinCases, type SubjectReports } from './case-join';
import { evidenceHash } from './evidence';
import type { ReportInput } from './intake-schema';
import { mutedAmong, sinkMutedOnlyCases } from '@/lib/reporters/mute';
import { computeDueAt } from './priority';
import { evidenceContent, subjectKey } from './subject';

export type IntakeContext = { apiKeyId: string | null; actor: Actor; requestId: string; now: Date };

export type IntakeAccepted = {
  ok: true; id: string; caseId: string; status: CaseStatus; priority: number; dueAt: Date; replayed: boolean;
};
/** conflictsWith: the stored report whose externalId this one reuses with different content. */
export type IntakeResult = IntakeAccepted | { ok: false; errors: FieldError[]; conflictsWith?: string };

type CategoryRule = { severity: number; dueMinutes: number; selfHarm: boolean; active: boolean; sortOrder: number };
type Fresh = { index: number; report: ReportInput; id: string; evidenceId: string; subjectKey: string; joining: JoiningReport };

// Rows travel as one jsonb parameter and come back out through jsonb_to_recordset: a constant number
// of statements per batch, identical on node-postgres and PGlite (which serialise arrays differently).
const rowsParam = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/**
 * Stores reports set-based: a handful of statements whatever the batch size. A report whose
 * externalId is already stored (or appeared earlier in the batch) is a replay: it answers with the
 * first result and writes nothing. Call inside a transaction; results are in the order of `reports`.
 */
export async function intakeReports(tx: Executor, reports: ReportInput[], ctx: IntakeContext): Promise<IntakeResult[]> {
  if (reports.length === 0) return [];
  const stored = await storedResults(tx, reports.map((r) => r.externalId));
  const rules = await categoryRules(tx);

  const results: (IntakeResult | undefined)[] = reports.map(() => undefined);
  const firstIndex = new Map<string, number>();
  const fresh: Fresh[] = [];
  reports.forEach((report, index) => {
    const prior = stored.get(report.externalId);
    const rule = report.category === undefined ? undefined : rules.get(report.category);
    if (prior && prior.fingerprint !== fingerprintOf(report)) {
      results[index] = conflict(prior.id);
    } else if (prior) {
      const { fingerprint: _, ...result } = prior;
      results[index] = { ...result, replayed: true };
    } else if (report.category !== undefined && !rule?.active) {
      results[index] = { ok: false, errors: [{ field: 'category', message: `Unknown or inactive category "${report.category}"` }] };
    } else if (!firstIndex.has(report.externalId)) {
      firstIndex.set(report.externalId, index);
      fresh.push({ index, report, id: randomUUID(), evidenceId: randomUUID(), subjectKey: subjectKey(report), joining: joiningReport(report, rule, ctx.now) });
    }
  });

  if (fresh.length > 0) {
    const cases = await joinCases(tx, bySubject(fresh), ctx.now);
    await storeReports(tx, fresh, (key) => cases.get(key)!.caseId, ctx);
    // The risk score (notice I.2) re-sorts the touched cases within their minor and self-harm bands.
    const risked = await caseRisk(tx, [...new Set([...cases.values()].map((c) => c.caseId))], ctx.now);
    // Muted reporters' cases sink to the bottom of their band (lib/reporters/mute.ts).
    const muted = await mutedAmong(tx, fresh.map((f) => f.report.reporter.accountId));
    if (muted.size) {
      const touched = fresh.filter((f) => muted.has(f.report.reporter.accountId)).map((f) => cases.get(f.subjectKey)!.caseId);
      for (const [id, priority] of await sinkMutedOnlyCases(tx, touched)) risked.set(id, priority);
    }
    for (const f of fresh) {
      const { caseId, status, priority, dueAt } = cases.get(f.subjectKey)!;
      results[f.index] = { ok: true, id: f.id, caseId, status, priority: risked.get(caseId) ?? priority, dueAt, replayed: false };
    }
  }
  // A later copy of an externalId within the batch replays the first one's result, if it is the same report.
  return results.map((result, index) => {
    if (result) return result;
    const first = firstIndex.get(reports[index].externalId)!;
    const firstResult = results[first] as IntakeAccepted;
    if (fingerprintOf(reports[first]) !== fingerprintOf(reports[index])) return conflict(firstResult.id);
    return { ...firstResult, replayed: true };
  });
}

async function caseRisk(tx: Executor, caseIds: string[], now: Date): Promise<Map<string, number>> {
  const { refreshCaseRisk } = await import('@/lib/model/risk-refresh');
  return refreshCaseRisk(tx, caseIds, now);
}
const conflict = (id: string): IntakeResult => ({
  ok: false,
  conflictsWith: id,
  errors: [{ field: 'externalId', message: `This externalId is already stored (report ${id}) with different content; send a new externalId for a new report.` }],
});

/**
 * What makes a report the same report when its externalId comes again: the evidence (by its hash)
 * and everything else stored on the report. A replay must match; anything else is a conflict, not a
 * silent drop of the new content.
 */
type Fingerprinted = {
  channel: string; categoryId: string | null; reporterAccountId: string; reporterIsMinor: boolean;
  targetAccountId: string | null; targetIsMinor: boolean; description: string | null; sha256: string;
};
const fingerprint = (f: Fingerprinted) => JSON.stringify([
  f.channel, f.categoryId, f.reporterAccountId, f.reporterIsMinor, f.targetAccountId, f.targetIsMinor, f.description, f.sha256,
]);
const fingerprintOf = (r: ReportInput) => fingerprint({
  channel: r.channel, categoryId: r.category ?? null, reporterAccountId: r.reporter.accountId, reporterIsMinor: r.reporter.isMinor,
  targetAccountId: r.target?.accountId ?? null, targetIsMinor: r.target?.isMinor ?? false, description: r.description ?? null,
  sha256: evidenceHash(evidenceContent(r)),
});

function joiningReport(report: ReportInput, rule: CategoryRule | undefined, now: Date): JoiningReport {
  const involvesMinor = report.reporter.isMinor || (report.target?.isMinor ?? false);
  return {
    reporterAccountId: report.reporter.accountId,
    involvesMinor,
    categoryId: report.category ?? null,
    severity: rule?.severity ?? 1,
    selfHarm: rule?.selfHarm ?? false,
    sortOrder: rule?.sortOrder ?? Number.MAX_SAFE_INTEGER,
    dueAt: computeDueAt(now, { involvesMinor, categoryDueMinutes: rule?.dueMinutes }),
    targetAccountId: report.target?.accountId ?? null,
  };
}

function bySubject(fresh: Fresh[]): SubjectReports[] {
  const subjects = new Map<string, SubjectReports>();
  for (const f of fresh) {
    const s = subjects.get(f.subjectKey);
    if (s) {
      s.joining.push(f.joining);
      continue;
    }
    subjects.set(f.subjectKey, {
      subjectKey: f.subjectKey, channel: f.report.channel, subjectAccountId: f.report.subject.accountId,
      subjectContentId: f.report.subject.contentId ?? null, firstEvidenceId: f.evidenceId, joining: [f.joining],
    });
  }
  return [...subjects.values()];
}

async function storedResults(tx: Executor, externalIds: string[]) {
  const rows = await queryRows<{
    external_id: string; id: string; case_id: string; status: CaseStatus; priority: string | number; due_at: Date | string;
    channel: string; category_id: string | null; reporter_account_id: string; reporter_is_minor: boolean;
    target_account_id: string | null; target_is_minor: boolean; description: string | null; sha256: string;
  }>(tx, sql`
    select r.external_id, r.id, r.case_id, c.status, c.priority, c.due_at, r.channel, r.category_id, r.reporter_account_id,
      r.reporter_is_minor, r.target_account_id, r.target_is_minor, r.description, e.sha256
    from reports r join cases c on c.id = r.case_id join evidence_snapshots e on e.id = r.evidence_id
    where r.external_id in (select jsonb_array_elements_text(${rowsParam([...new Set(externalIds)])}))`);
  return new Map(rows.map((r) => [r.external_id, {
    ok: true as const, id: r.id, caseId: r.case_id, status: r.status, priority: Number(r.priority), dueAt: new Date(r.due_at),
    fingerprint: fingerprint({
      channel: r.channel, categoryId: r.category_id, reporterAccountId: r.reporter_account_id, reporterIsMinor: r.reporter_is_minor,
      targetAccountId: r.target_account_id, targetIsMinor: r.target_is_minor, description: r.description, sha256: r.sha256,
    }),
  }]));
}

async function categoryRules(tx: Executor): Promise<Map<string, CategoryRule>> {
  const rows = await queryRows<{ id: string; severity: number; due_minutes: number; self_harm: boolean; active: boolean; sort_order: number }>(
    tx, sql`select id, severity, due_minutes, self_harm, active, sort_order from categories`);
  return new Map(rows.map((r) => [r.id, { severity: r.severity, dueMinutes: r.due_minutes, selfHarm: r.self_harm, active: r.active, sortOrder: r.sort_order }]));
}

/**
 * The evidence snapshots, the reports and one audit row per report, each as one multi-row insert.
 * The audit rows are the same as writeAudit's, written set-based because building a 1,000-row insert
 * through the query builder costs more than the intake's every other statement together.
 */
async function storeReports(tx: Executor, fresh: Fresh[], caseOf: (subjectKey: string) => string, ctx: IntakeContext) {
  const now = ctx.now.toISOString();
  await tx.execute(sql`
    insert into evidence_snapshots (id, content, sha256, captured_at)
    select id, content, sha256, ${now}::timestamptz from jsonb_to_recordset(${rowsParam(fresh.map((f) => {
      const content = evidenceContent(f.report);
      return { id: f.evidenceId, content, sha256: evidenceHash(content) };
    }))}) as x(id uuid, content jsonb, sha256 text)`);

  await tx.execute(sql`
    insert into reports (id, external_id, case_id, channel, category_id, reporter_account_id, reporter_is_minor,
      target_account_id, target_is_minor, subject_account_id, subject_content_id, description, evidence_id, api_key_id, received_at)
    select id, external_id, case_id, channel::channel, category_id, reporter_account_id, reporter_is_minor,
      target_account_id, target_is_minor, subject_account_id, subject_content_id, description, evidence_id, ${ctx.apiKeyId}::uuid, ${now}::timestamptz
    from jsonb_to_recordset(${rowsParam(fresh.map(({ report: r, ...f }) => ({
      id: f.id, external_id: r.externalId, case_id: caseOf(f.subjectKey), channel: r.channel, category_id: r.category ?? null,
      reporter_account_id: r.reporter.accountId, reporter_is_minor: r.reporter.isMinor,
      target_account_id: r.target?.accountId ?? null, target_is_minor: r.target?.isMinor ?? false,
      subject_account_id: r.subject.accountId, subject_content_id: r.subject.contentId ?? null,
      description: r.description ?? null, evidence_id: f.evidenceId,
    })))}) as x(id uuid, external_id text, case_id uuid, channel text, category_id text, reporter_account_id text,
      reporter_is_minor boolean, target_account_id text, target_is_minor boolean, subject_account_id text,
      subject_content_id text, description text, evidence_id uuid)`);

  const { actor, requestId } = ctx;
  await tx.execute(sql`
    insert into audit_log (actor_type, actor_id, actor_label, action, target_type, target_id, after, request_id)
    select ${actor.type}, ${actor.id}, ${actor.label}, 'report.receive', 'report', target_id, after, ${requestId}
    from jsonb_to_recordset(${rowsParam(fresh.map((f) => ({
      target_id: f.id, after: { externalId: f.report.externalId, caseId: caseOf(f.subjectKey) },
    })))}) as x(target_id text, after jsonb)`);
}
