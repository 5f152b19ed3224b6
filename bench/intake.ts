import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { Pool } from 'pg';
import { intakeReports } from '@/lib/reports/intake';
import { reportInput, type ReportInput } from '@/lib/reports/intake-schema';
import { evidenceHash } from '@/lib/reports/evidence';
import { computePriority, computeDueAt } from '@/lib/reports/priority';
import { summarize, timed } from './stats';

const channels = ['post', 'comment', 'private_message', 'short_video'] as const;
const categories = ['insult', 'rumour', 'privacy_invasion', 'threat', undefined] as const;

function batch(round: number, size: number): ReportInput[] {
  return Array.from({ length: size }, (_, i) => {
    const n = round * size + i;
    // One in four reports joins a subject reported earlier in the same batch.
    const subject = i % 4 === 3 ? n - 1 : n;
    return reportInput.parse({
      externalId: `bench-intake-${n}-${randomUUID()}`,
      channel: channels[subject % channels.length],
      category: categories[n % categories.length],
      reporter: { accountId: `reporter-${n}`, isMinor: n % 40 === 0 },
      subject: { contentId: `content-${round}-${subject}`, accountId: `author-${subject % 5000}`, text: `你这个骗子，大家都去他主页骂他 #${subject} — you liar, everyone go flame him`, context: ['earlier post', '上一条评论'], createdAt: new Date().toISOString() },
      target: { accountId: `target-${subject % 3000}`, isMinor: n % 50 === 0 },
      description: 'bench',
    });
  });
}

/**
 * Rows per second of batch intake (1,000 reports per transaction) beside bare `unnest` inserts in the
 * same run: of the same rows intake writes (evidence, cases, reports, audit), and of the reports alone.
 */
export async function benchIntake(db: Db, url: string, opts: { batches: number; size: number }) {
  const pool = new Pool({ connectionString: url, max: 1 });
  const ours: number[] = [];
  const bareSameRows: number[] = [];
  const bareReportsOnly: number[] = [];
  const actor = { type: 'system' as const, id: null, label: 'bench' };
  const anyCase = (await pool.query<{ id: string }>('select id from cases limit 1')).rows[0].id;
  for (let round = 0; round < opts.batches; round++) {
    const items = batch(1000 + round, opts.size);
    ours.push((await timed(() => db.transaction((tx) => intakeReports(tx, items, { apiKeyId: null, actor, requestId: `bench-${round}`, now: new Date() }))))[1]);
    const rows = bareRows(batch(5000 + round, opts.size));
    bareSameRows.push((await timed(() => bareInsert(pool, rows, true)))[1]);
    const more = bareRows(batch(9000 + round, opts.size));
    bareReportsOnly.push((await timed(() => bareInsert(pool, more, false, anyCase)))[1]);
  }
  await pool.end();
  const rate = (ms: number[]) => Math.round(opts.size / (summarize(ms).p50 / 1000));
  const result = {
    batchSize: opts.size,
    batches: opts.batches,
    oursMs: summarize(ours),
    bareSameRowsMs: summarize(bareSameRows),
    bareReportsOnlyMs: summarize(bareReportsOnly),
    oursRowsPerSecond: rate(ours),
    bareSameRowsPerSecond: rate(bareSameRows),
    bareReportsOnlyRowsPerSecond: rate(bareReportsOnly),
    ratioToBareSameRows: 0,
    ratioToBareReportsOnly: 0,
    target: '>= 0.5 of a bare unnest insert',
  };
  result.ratioToBareSameRows = Math.round((result.oursRowsPerSecond / result.bareSameRowsPerSecond) * 100) / 100;
  result.ratioToBareReportsOnly = Math.round((result.oursRowsPerSecond / result.bareReportsOnlyRowsPerSecond) * 100) / 100;
  return result;
}

type BareRow = { report: ReportInput; id: string; caseId: string; evidenceId: string; content: string; sha: string; priority: number; due: string };

function bareRows(items: ReportInput[]): BareRow[] {
  return items.map((report) => {
    const content = { channel: report.channel, accountId: report.subject.accountId, contentId: report.subject.contentId ?? null, text: report.subject.text, context: report.subject.context, createdAt: report.subject.createdAt };
    const minor = report.reporter.isMinor || (report.target?.isMinor ?? false);
    return {
      report, id: randomUUID(), caseId: randomUUID(), evidenceId: randomUUID(), content: JSON.stringify(content), sha: evidenceHash(content),
      priority: computePriority({ involvesMinor: minor, selfHarm: false, severity: 2, distinctReporters: 1 }),
      due: computeDueAt(new Date(), { involvesMinor: minor, categoryDueMinutes: 1440 }).toISOString(),
    };
  });
}

/** The plainest SQL that stores the same rows: one unnest insert per table, no lookups, no merging. */
// Reports-only inserts all attach to one existing case.
async function bareInsert(pool: Pool, rows: BareRow[], allTables: boolean, existingCaseId = '') {
  const col = <T>(f: (r: BareRow) => T) => rows.map(f);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`insert into evidence_snapshots (id, content, sha256) select * from unnest($1::uuid[], $2::jsonb[], $3::text[])`,
      [col((r) => r.evidenceId), col((r) => r.content), col((r) => r.sha)]);
    if (allTables) {
      await client.query(`insert into cases (id, subject_key, channel, category_id, subject_account_id, subject_content_id, target_account_id,
          involves_minor, severity, report_count, reporter_count, priority, due_at, first_evidence_id)
        select id, key, ch::channel, cat, acct, content, target, minor, 2, 1, 1, prio, due, ev
        from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::bigint[], $10::timestamptz[], $11::uuid[])
          as x(id, key, ch, cat, acct, content, target, minor, prio, due, ev)`,
        [col((r) => r.caseId), col((r) => `bare:${r.caseId}`), col((r) => r.report.channel), col((r) => r.report.category ?? null),
          col((r) => r.report.subject.accountId), col((r) => r.report.subject.contentId ?? null), col((r) => r.report.target?.accountId ?? null),
          col((r) => r.report.reporter.isMinor), col((r) => r.priority), col((r) => r.due), col((r) => r.evidenceId)]);
    }
    await client.query(`insert into reports (id, external_id, case_id, channel, category_id, reporter_account_id, reporter_is_minor,
        target_account_id, target_is_minor, subject_account_id, subject_content_id, description, evidence_id)
      select id, ext, case_id, ch::channel, cat, reporter, rminor, target, tminor, acct, content, descr, ev
      from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::bool[], $10::text[], $11::text[], $12::text[], $13::uuid[])
        as x(id, ext, case_id, ch, cat, reporter, rminor, target, tminor, acct, content, descr, ev)`,
      [col((r) => r.id), col((r) => `bare-${r.id}`), col((r) => (allTables ? r.caseId : existingCaseId)), col((r) => r.report.channel), col((r) => r.report.category ?? null),
        col((r) => r.report.reporter.accountId), col((r) => r.report.reporter.isMinor), col((r) => r.report.target?.accountId ?? null),
        col((r) => r.report.target?.isMinor ?? false), col((r) => r.report.subject.accountId), col((r) => r.report.subject.contentId ?? null),
        col((r) => r.report.description ?? null), col((r) => r.evidenceId)]);
    if (allTables) {
      await client.query(`insert into audit_log (actor_type, actor_label, action, target_type, target_id, after, request_id)
        select 'system', 'bench', 'report.receive', 'report', id, jsonb_build_object('caseId', case_id), 'bare'
        from unnest($1::text[], $2::text[]) as x(id, case_id)`, [col((r) => r.id), col((r) => r.caseId)]);
    }
    await client.query('commit');
  } finally {
    client.release();
  }
}

