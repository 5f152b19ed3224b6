/**
 * The README's benchmark table from bench/results/latest.json (the newest figures of every part, see
 * bench/run.ts), with the machine and load of each run: `npx tsx scripts/bench-table.ts [file]` prints
 * it; `--write` puts it into README.md between the bench-table markers.
 */
import fs from 'node:fs';
import path from 'node:path';

type Fig = { p50: number; p95: number; p99: number };
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const write = process.argv.includes('--write');
const file = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'bench/results/latest.json');
const run: Any = JSON.parse(fs.readFileSync(file, 'utf8'));
const ms = (n: number | undefined) => (n == null || Number.isNaN(n) ? '—' : `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`);
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const rows: string[][] = [];

const q = run.queuePage;
if (q) {
  const first = q.ours['first page'] as Fig;
  rows.push([`queue first page (50 rows) at ${k(run.runs?.queuePage?.reports ?? run.reports)} reports, p95`, `${ms(first.p95)}; pages 1–40 by cursor ${ms(q.ours['pages 1-40 by cursor']?.p95)}`,
    ms(q.bareSqlFirstPage.p95), `< 10 ms: ${verdict(first.p95 < 10)}`]);
}
// The queue page under claimers: flat out, then at one claim a second each.
for (const [u, how] of [[run.queuePageUnderClaims, 'work'], [run.queuePageUnderPacedClaims, 'claim one case a second each']] as const) {
  if (u) rows.push([`queue first page while ${u.claimers} claimers ${how} (${u.claimsPerSecondMeanwhile.toLocaleString('en')} claims/s), p95`, ms(u.firstPage.p95),
    ms(u.bareSqlFirstPage.p95), `< 10 ms: ${verdict(u.firstPage.p95 < 10)}`]);
}
const c = run.claimsAtDatabase;
if (c) {
  const p99 = c.ours.latencyMs?.p99;
  const ratio = c.ratioToBare ?? c.ours.claimsPerSecond / c.bareSql.claimsPerSecond;
  rows.push([`claims at the database, ${c.clients} clients (pgbench, prepared${c.rounds ? `, ${c.rounds} rounds taking turns with bare` : ''})`,
    `${c.ours.claimsPerSecond.toLocaleString('en')}/s (**${ratio.toFixed(2)} of bare**${c.ratiosPerRound ? `; by round ${c.ratiosPerRound.join(', ')}` : ''}), p99 ${ms(p99)}, ${c.ours.duplicates} duplicates`,
    `${c.bareSql.claimsPerSecond.toLocaleString('en')}/s, p99 ${ms(c.bareSql.latencyMs?.p99)}`,
    `≥ 0.9 of bare: ${verdict(ratio >= 0.9)}; p99 < 15 ms: ${verdict(p99 < 15)}; 0 duplicates: ${verdict(c.ours.duplicates === 0)}`]);
  const f = c.floorByPrimaryKey;
  if (f) {
    rows.push([`the floor: the same update of one case row by primary key, no walk, ${c.clients} clients`,
      `${f.writesPerSecond.toLocaleString('en')}/s, p50 ${ms(f.latencyMs.p50)}, p99 ${ms(f.latencyMs.p99)}`, '', 'what no claim design on this table beats here']);
  }
}
const n = run.claimsThroughNode;
if (n) rows.push([`claims, ${n.workers} Node claimers through claimNextCase`, `${n.ours.perSecond.toLocaleString('en')}/s (${n.oursInTransaction.perSecond.toLocaleString('en')}/s in a transaction), ${n.duplicatesAcrossAll} duplicates`, `${n.bareSql.perSecond.toLocaleString('en')}/s`, '']);
const i = run.intake;
if (i) rows.push(['batch intake, 1,000 reports per transaction', `${Math.round(i.oursRowsPerSecond).toLocaleString('en')} rows/s`, `${Math.round(i.bareSameRowsPerSecond).toLocaleString('en')} rows/s (same rows)`, `≥ 0.5 of bare: ${verdict(i.ratioToBareSameRows >= 0.5)}`]);

const co = run.compliance;
if (co) {
  const d = co.dashboard30d;
  rows.push([`dashboard, last 30 days at ${k(run.runs?.compliance?.reports ?? run.reports)} reports (days, hours and the minutes around them from rollups), p50 / p95`,
    `${ms(d.rollups.p50)} / ${ms(d.rollups.p95)}`, `the same figures from the rows: ${ms(d.rows.p50)} / ${ms(d.rows.p95)}`, `< 200 ms: ${verdict(d.rollups.p95 < 200)}`]);
  rows.push([`compliance report for ${co.month} (${co.monthReports.toLocaleString('en')} reports): figures / generated with its four files, p95`,
    `${ms(co.monthFigures.rollups.p95)} / ${ms(co.monthGenerate.p95)}`, `figures from the rows: ${ms(co.monthFigures.rows.p95)}`, `< 2 s: ${verdict(co.monthGenerate.p95 < 2000)}`]);
}

for (const stage of (run.library ?? []) as Any[]) {
  const s = stage.search;
  const kinds = Object.entries(s.ours as Record<string, Fig>);
  const worst = kinds.reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
  const bareWorst = Math.max(...Object.values(s.bareSql as Record<string, Fig>).map((f) => f.p95));
  const pick = (name: string) => `${name} ${ms(s.ours[name]?.p95)}`;
  rows.push([`library search at ${k(stage.examples)} examples, p95 by query kind (${kinds.length} kinds)`,
    `${ms(Math.min(...kinds.map(([, f]) => f.p95)))}–${ms(worst[1].p95)} (slowest: ${worst[0]}); ${pick('Chinese 1 character')}, ${pick('Chinese 2 characters')}, ${pick('mixed Chinese and English')}, ${pick('query + verdict + language + category')}, ${pick('query, pages 1-10 by cursor')}`,
    `same statement ${ms(bareWorst)} slowest; ILIKE/trigram design: Chinese 1 character ${ms(s.bareIlikeTrigram?.['Chinese 1 character']?.p95)}`,
    `< 50 ms: ${verdict(worst[1].p95 < 50)}`]);
  const sc = stage.similarCases;
  rows.push([`similar cases beside a report at ${k(stage.examples)} examples (near-duplicates in the set), p95`,
    Object.entries(sc.ours as Record<string, Fig>).map(([name, f]) => `${name} ${ms(f.p95)}`).join(', '),
    `bare LSH statement ${ms(sc.bareLshNearDuplicates.p95)}`, `< 50 ms: ${verdict(sc.oursP95 < 50)}`]);
}

// Each part may come from a different run (bench/run.ts --parts): name every run with its machine and load.
type RunInfo = { file: string | null; at: string; machine?: Any; reports?: number };
const runInfos = new Map<string, { info: RunInfo; parts: string[] }>();
for (const [part, info] of Object.entries((run.runs ?? { all: { file: path.basename(file), at: run.at, machine: run.machine } }) as Record<string, RunInfo>)) {
  const key = info.file ?? info.at;
  if (!runInfos.has(key)) runInfos.set(key, { info, parts: [] });
  runInfos.get(key)!.parts.push(part);
}
const machine = (m: Any = {}) => `${m.cpus}-core ${m.cpu ?? 'machine'}, ${m.memoryGb} GB, Postgres ${m.postgres ?? '15'}, Node ${m.node}` +
  `${m.loadAverageAtEnd ? `, load average ${m.loadAverageAtEnd.join('/')} at the end from other work` : ''}`;
const lines: string[] = [];
lines.push(`Figures from \`${path.relative(process.cwd(), file)}\` (scripts/bench-table.ts), by run:`, '');
for (const { info, parts } of [...runInfos.values()].sort((a, b) => a.info.at.localeCompare(b.info.at))) {
  lines.push(`- ${info.at.slice(0, 16).replace('T', ' ')} UTC${info.file ? ` (\`bench/results/${info.file}\`)` : ''}: ${parts.join(', ')}; ${machine(info.machine)}`);
}
lines.push('', '| what | ours | bare SQL in the same run | target |', '|---|---|---|---|');
for (const r of rows) lines.push(`| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`);
const table = lines.join('\n');
if (write) {
  const readme = path.resolve('README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- bench-table: generated by scripts/bench-table.ts --write -->';
  const end = '<!-- /bench-table -->';
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md has no ${start} … ${end} section`);
  fs.writeFileSync(readme, text.slice(0, text.indexOf(start) + start.length) + '\n' + table + '\n' + text.slice(text.indexOf(end)));
  console.log('README.md: bench table written');
} else {
  console.log(table);
}
