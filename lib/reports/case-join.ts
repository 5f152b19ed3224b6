import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { CaseStatus, Channel } from '@/db/schema/reports';
import { mergeCase, type CaseFigures, type JoiningReport } from './case-merge';

/** New reports on one subject, with what a case opened for them would start from. */
export type SubjectReports = {
  subjectKey: string;
  channel: Channel;
  subjectAccountId: string;
  subjectContentId: string | null;
  firstEvidenceId: string;
  joining: JoiningReport[];
};

export type JoinedCase = { caseId: string; status: CaseStatus; priority: number; dueAt: Date };

const ATTEMPTS = 3;

/**
 * Joins each subject's reports to its undecided case, opening one where there is none, writing each
 * case once. Open cases are locked first (in subject order, so two batches never deadlock on each
 * other) and their figures folded forward in TypeScript by mergeCase. A subject whose case another
 * transaction opened meanwhile collides on cases_open_subject_uq; the upsert then leaves that case
 * alone (but locked) and the next round joins it like any other open case.
 */
export async function joinCases(tx: Executor, subjects: SubjectReports[], now: Date): Promise<Map<string, JoinedCase>> {
  const joined = new Map<string, JoinedCase>();
  let pending = [...subjects].sort((a, b) => (a.subjectKey < b.subjectKey ? -1 : 1));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === ATTEMPTS) throw Object.assign(new Error('Cases kept changing under intake; retry the transaction.'), { code: '40001' });
    const open = await lockOpenCases(tx, pending.map((s) => s.subjectKey));
    const known = await knownReporters(tx, pending.flatMap((s) => {
      const caseId = open.get(s.subjectKey)?.id;
      return caseId ? s.joining.map((r) => ({ case_id: caseId, reporter_account_id: r.reporterAccountId })) : [];
    }));
    const rows = pending.map((s, n) => {
      const existing = open.get(s.subjectKey);
      const id = existing?.id ?? randomUUID();
      const m = mergeCase(existing?.figures ?? null, s.joining, known.get(id));
      return {
        n, id, subject_key: s.subjectKey, channel: s.channel, subject_account_id: s.subjectAccountId, subject_content_id: s.subjectContentId,
        first_evidence_id: s.firstEvidenceId, category_id: m.categoryId, involves_minor: m.involvesMinor, self_harm: m.selfHarm,
        severity: m.severity, report_count: m.reportCount, reporter_count: m.reporterCount, priority: m.priority,
        due_at: m.dueAt.toISOString(), target_account_id: m.targetAccountId,
      };
    });
    for (const [key, value] of await upsertCases(tx, rows, now)) joined.set(key, value);
    pending = pending.filter((s) => !joined.has(s.subjectKey));
  }
  return joined;
}

type CaseRow = {
  id: string; subject_key: string; category_id: string | null; involves_minor: boolean; self_harm: boolean; severity: number;
  report_count: number; reporter_count: number; due_at: Date | string; target_account_id: string | null;
};

async function lockOpenCases(tx: Executor, keys: string[]) {
  const rows = await queryRows<CaseRow>(tx, sql`
    select id, subject_key, category_id, involves_minor, self_harm, severity, report_count, reporter_count, due_at, target_account_id
    from cases
    where subject_key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)) and status <> 'decided'
    order by subject_key
    for update`);
  return new Map(rows.map((r) => {
    const figures: CaseFigures = {
      categoryId: r.category_id, involvesMinor: r.involves_minor, selfHarm: r.self_harm, severity: r.severity, reportCount: r.report_count,
      reporterCount: r.reporter_count, dueAt: new Date(r.due_at), targetAccountId: r.target_account_id,
    };
    return [r.subject_key, { id: r.id, figures }];
  }));
}

/** Which of the joining reporters already reported each case (only the pairs in the batch are looked up). */
async function knownReporters(tx: Executor, pairs: { case_id: string; reporter_account_id: string }[]) {
  const known = new Map<string, Set<string>>();
  if (pairs.length === 0) return known;
  const rows = await queryRows<{ case_id: string; reporter_account_id: string }>(tx, sql`
    select distinct r.case_id, r.reporter_account_id
    from reports r
    join jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as p(case_id uuid, reporter_account_id text)
      on r.case_id = p.case_id and r.reporter_account_id = p.reporter_account_id`);
  for (const r of rows) {
    if (!known.has(r.case_id)) known.set(r.case_id, new Set());
    known.get(r.case_id)!.add(r.reporter_account_id);
  }
  return known;
}

// The update applies only to the case locked above (cases.id = excluded.id): a case opened by a
// concurrent transaction is left for the next round instead of being overwritten with stale figures.
async function upsertCases(tx: Executor, rows: object[], now: Date) {
  const written = await queryRows<{ id: string; subject_key: string; status: CaseStatus; priority: string | number; due_at: Date | string }>(tx, sql`
    insert into cases (id, subject_key, channel, subject_account_id, subject_content_id, first_evidence_id, category_id, involves_minor,
      self_harm, severity, report_count, reporter_count, priority, due_at, target_account_id, created_at, updated_at)
    select id, subject_key, channel::channel, subject_account_id, subject_content_id, first_evidence_id, category_id, involves_minor,
      self_harm, severity, report_count, reporter_count, priority, due_at, target_account_id, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(n int, id uuid, subject_key text, channel text, subject_account_id text,
      subject_content_id text, first_evidence_id uuid, category_id text, involves_minor boolean, self_harm boolean, severity int,
      report_count int, reporter_count int, priority bigint, due_at timestamptz, target_account_id text)
    order by n
    on conflict (subject_key) where status <> 'decided' do update set
      category_id = excluded.category_id, involves_minor = excluded.involves_minor, self_harm = excluded.self_harm,
      severity = excluded.severity, report_count = excluded.report_count, reporter_count = excluded.reporter_count,
      priority = excluded.priority, due_at = excluded.due_at, target_account_id = excluded.target_account_id, updated_at = excluded.updated_at
      where cases.id = excluded.id
    returning id, subject_key, status, priority, due_at`);
  return written.map((w) => [w.subject_key, { caseId: w.id, status: w.status, priority: Number(w.priority), dueAt: new Date(w.due_at) }] as const);
}
