import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { staff } from '@/db/schema';
import { executeAction } from '@/lib/actions/define-action';
import { loadDashboard } from '@/lib/dashboard/queries';
import { computeComplianceFigures } from '@/lib/compliance/figures';
import { renderReportFiles } from '@/lib/compliance/files';
import { ORGANISATION_TIME_ZONE, generateDefinition } from '@/lib/compliance/generate';
import { resolvePeriod } from '@/lib/compliance/period';
import { freshBenchDatabase } from './database';
import { seedCases } from './seed-million';
import { summarize, timed } from './stats';

const tz = ORGANISATION_TIME_ZONE;

/**
 * Decides about 60 % of the seeded cases over the 30 days (escalating 1 in 20 first), by 20 staff,
 * each within a day of its receipt (those that would be decided after now stay open),
 * in bulk SQL with triggers off, then rebuilds the rollups from the rows: what the triggers would
 * have left, without 600k row triggers in the seeding.
 */
export async function seedDecisions(db: Db) {
  const names = Array.from({ length: 20 }, (_, i) => ({ email: `bench-mod-${i}@bench.test`, name: `Bench moderator ${i}`, role: 'moderator' as const, passwordHash: 'x' }));
  await db.insert(staff).values(names).onConflictDoNothing();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`
      create temporary table bench_decided on commit drop as
      select c.id, c.created_at, c.created_at + make_interval(secs => (abs(hashtext(c.id::text)) % 86400)::int) as decided_at,
             (array['not_violation','fold','remove','warn'])[1 + abs(hashtext(c.id::text || 'a')) % 4]::decision_action as action,
             abs(hashtext(c.id::text || 'e')) % 20 = 0 as escalated_first,
             (select id from staff where email = 'bench-mod-' || (abs(hashtext(c.id::text || 's')) % 20) || '@bench.test') as staff_id
      from cases c where abs(hashtext(c.id::text || 'd')) % 10 < 6
        -- A case whose decision time would be in the future stays undecided (clamping it to now piled
        -- thousands of decisions onto the seeding instant).
        and c.created_at + make_interval(secs => (abs(hashtext(c.id::text)) % 86400)::int) < now()`);
    await tx.execute(sql`
      insert into decisions (case_id, decided_by, action, decided_at)
      select id, staff_id, 'escalate', created_at + (decided_at - created_at) / 2 from bench_decided where escalated_first
      union all
      select id, staff_id, action, decided_at from bench_decided`);
    await tx.execute(sql`
      update cases c set status = 'decided', decision = b.action, decided_by = b.staff_id, decided_at = b.decided_at,
        first_action_at = case when b.escalated_first then b.created_at + (b.decided_at - b.created_at) / 2 else b.decided_at end
      from bench_decided b where b.id = c.id`);
  });
  await db.execute(sql`select compliance_rollups_rebuild()`);
  // What autovacuum would have done by then: the visibility map lets the edges be read from the indexes alone.
  await db.execute(sql`vacuum analyze`);
}

/**
 * The dashboard's 30-day view and a month's compliance report, through the rollups (whole days) and
 * the rows (the edges), beside the same figures read from the rows alone.
 */
export async function benchCompliance(db: Db, opts: { rounds: number; rawRounds: number }) {
  const now = new Date();
  const last30 = { from: new Date(now.getTime() - 30 * 86_400_000), to: now, channel: null };
  const dashboard = async (source: 'rollup' | 'raw', rounds: number) => {
    const samples: number[] = [];
    for (let i = 0; i < rounds + 1; i++) {
      const [, ms] = await timed(() => loadDashboard(db, last30, { now, timeZone: tz, source }));
      if (i > 0) samples.push(ms); // the first call warms the plan cache and the pages
    }
    return summarize(samples);
  };

  // The calendar month holding the day 15 days ago: most of the seeded 30 days.
  const resolved = resolvePeriod('month', new Date(now.getTime() - 15 * 86_400_000).toISOString().slice(0, 10), undefined, now, tz);
  if (!('period' in resolved)) throw new Error('no month');
  const month = resolved.period;
  const figures = async (source: 'rollup' | 'raw', rounds: number) => {
    const samples: number[] = [];
    for (let i = 0; i < rounds + 1; i++) {
      const [, ms] = await timed(() => computeComplianceFigures(db, month, { now, timeZone: tz, source }));
      if (i > 0) samples.push(ms);
    }
    return summarize(samples);
  };
  const [sample] = await Promise.all([computeComplianceFigures(db, month, { now, timeZone: tz })]);
  const render = [] as number[];
  for (let i = 0; i < opts.rounds; i++) render.push((await timed(() => renderReportFiles(sample, { reportId: 'bench', generatedBy: 'Bench' })))[1]);

  const [supervisor] = await db.insert(staff).values({ email: `bench-sup-${Date.now()}@bench.test`, name: 'Bench supervisor', role: 'supervisor', passwordHash: 'x' }).returning();
  const generate = [] as number[];
  for (let i = 0; i < opts.rounds; i++) {
    const [result, ms] = await timed(() => executeAction(generateDefinition(), { db, staffId: supervisor.id, requestId: 'bench' }, { kind: 'month', from: month.firstDay }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    generate.push(ms);
  }
  return {
    month: month.label,
    monthReports: sample.work.totals.received,
    monthHandled: sample.work.totals.handled,
    dashboard30d: { rollups: await dashboard('rollup', opts.rounds), rows: await dashboard('raw', opts.rawRounds) },
    monthFigures: { rollups: await figures('rollup', opts.rounds), rows: await figures('raw', opts.rawRounds) },
    monthFiles: summarize(render),
    monthGenerate: summarize(generate),
  };
}

// Alone: `BENCH_REPORTS=200000 npx tsx bench/compliance.ts` seeds its own database and writes
// bench/results/compliance-<time>.json.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reports = Number(process.env.BENCH_REPORTS ?? 1_000_000);
  const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...a);
  const database = await freshBenchDatabase('bulwark_bench_compliance', 6);
  try {
    log(`seeding ${reports.toLocaleString()} reports…`);
    let [, ms] = await timed(() => seedCases(database.db, reports));
    log(`seeded in ${Math.round(ms / 1000)} s; deciding 60 %…`);
    [, ms] = await timed(() => seedDecisions(database.db));
    log(`decided in ${Math.round(ms / 1000)} s`);
    const compliance = await benchCompliance(database.db, { rounds: 10, rawRounds: 3 });
    log(JSON.stringify(compliance));
    const at = new Date().toISOString();
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `compliance-${at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ at, reports, compliance }, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.close();
  }
}
