import fs from 'node:fs';
import path from 'node:path';
import { and, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { channel } from '@/db/schema';
import { parseCsv } from '@/lib/library/csv';
import { searchConditions, searchExamples, searchPlan } from '@/lib/library/queries';
import { libraryFilters, likePattern, type LibraryFilters } from '@/lib/library/search-query';
import { benchSimilarCases } from './similar-cases';
import type { SeededState } from './database';
import { summarize, timed } from './stats';

// The COLD corpus beside the checkout (../shared from the main checkout, ../../shared from a worktree).
const cold = ['../shared/data/cold', '../../shared/data/cold'].map((p) => path.resolve(p)).find((p) => fs.existsSync(p)) ?? '';
const categories = ['insult', 'derision', 'rumour', 'defamation', 'privacy_invasion', 'incitement', 'threat', 'self_harm', 'discrimination'];
const tags = ['official', 'company', 'private-person', 'pile-on', 'minor', 'doxxing', '官员', '舆论监督'];
const english = ['The mayor misused public funds and should resign', 'You are a worthless idiot', 'This company lied about the recall',
  'Everyone go find her profile', 'The referee was incompetent tonight', 'I know where you live'];

/** Texts to fill the library with: the COLD corpus (Chinese) when present, with English sentences mixed in. */
export function corpus(): string[] {
  const texts: string[] = [];
  for (const file of ['train.csv', 'dev.csv']) {
    const p = path.join(cold, file);
    if (!cold || !fs.existsSync(p)) continue;
    const rows = parseCsv(fs.readFileSync(p, 'utf8'));
    const col = rows[0].findIndex((h) => h.trim().toLowerCase() === 'text');
    for (const r of rows.slice(1)) if (r[col]) texts.push(r[col]);
  }
  if (texts.length === 0) for (let i = 0; i < 1000; i++) texts.push(`这位局长滥用职权第${i}次，公款旅游，大家评评理`);
  return texts;
}

const textArray = (xs: readonly string[]) => sql`(array[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[])`;

// Built after the rows are in: one GIN build is far cheaper than a million GIN insertions.
const ginIndexes = [
  'library_examples_text_trgm_idx on library_examples using gin (text gin_trgm_ops)',
  'library_examples_tags_idx on library_examples using gin (tags)',
  'library_examples_grams_idx on library_examples using gin (search_grams)',
  'library_examples_lsh_idx on library_examples using gin (lsh_bands)',
];

/**
 * Seeds `count` examples set-based: the corpus goes in once (unnest), then generate_series deals it
 * out, each corpus text again and again with a marker (" (k)") that leaves it a near-duplicate of
 * the others, every 7th an English sentence; 90% accepted, the rest proposed or retired. The
 * search columns come from the table's own trigger, as for any other writer, split over two
 * connections (one per core).
 */
export async function seedLibrary(db: Db, count: number, url?: string, from = 0) {
  const texts = corpus();
  // Newest last, at one a minute up to now, whatever the stage: rows seeded later go further back.
  const start = Date.now() - 2_000_000 * 60_000;
  await db.execute(sql`drop table if exists bench_corpus`);
  await db.execute(sql`create table bench_corpus (i int primary key, text text not null)`);
  for (let i = 0; i < texts.length; i += 5000) {
    const chunk = texts.slice(i, i + 5000);
    await db.execute(sql`insert into bench_corpus select ${i} + (g - 1)::int, t from jsonb_array_elements_text(${JSON.stringify(chunk)}::jsonb) with ordinality as u(t, g)`);
  }
  for (const ix of ginIndexes) await db.execute(sql.raw(`drop index if exists ${ix.split(' ')[0]}`));
  const slice = (from: number, to: number) => sql`
    insert into library_examples (text, language, verdict, category_id, channel, tags, status, created_at)
    select case when n % 7 = 0 then ${textArray(english)}[n % ${english.length} + 1] || ' #' || n
        else c.text || case when n >= ${texts.length} then ' (' || (n / ${texts.length}) || ')' else '' end end,
      (case when n % 7 = 0 then 'en' else 'zh' end)::example_language,
      (case when n % 3 = 0 then 'not_violation' else 'violation' end)::example_verdict,
      ${textArray(categories)}[n % ${categories.length} + 1],
      ${textArray([...channel.enumValues])}[n % ${channel.enumValues.length} + 1]::channel,
      array[${textArray(tags)}[n % ${tags.length} + 1]],
      (case when n % 10 = 9 then case when n % 20 = 19 then 'retired' else 'proposed' end else 'accepted' end)::example_status,
      to_timestamp(${Math.floor(start / 1000)} + n * 60)
    from generate_series(${from}::int, ${to - 1}::int) as n join bench_corpus c on c.i = n % ${texts.length}`;
  const half = from + Math.floor((count - from) / 2);
  if (url) {
    const other = new Pool({ connectionString: url, max: 1 });
    const q = new PgDialect().sqlToQuery(slice(half, count));
    await Promise.all([db.execute(slice(from, half)), other.query(q.sql, q.params)]);
    await other.end();
  } else {
    await db.execute(slice(from, count));
  }
  await db.execute(sql`set maintenance_work_mem = '256MB'`);
  for (const ix of ginIndexes) await db.execute(sql.raw(`create index if not exists ${ix}`));
  await db.execute(sql`drop table bench_corpus`);
  await db.execute(sql`analyze library_examples`);
}

const scenarios: { name: string; filters: Record<string, string>; pages?: number }[] = [
  { name: 'no query, first page', filters: {} },
  { name: 'Chinese 4 characters', filters: { q: '地域歧视' } },
  { name: 'Chinese 3 characters', filters: { q: '黑人的' } },
  { name: 'Chinese 2 characters', filters: { q: '女权' } },
  { name: 'Chinese 1 character', filters: { q: '狗' } },
  { name: 'English phrase', filters: { q: 'misused public' } },
  { name: 'rare substring', filters: { q: '滥用职权第' } },
  { name: 'no match', filters: { q: '没有这样的句子' } },
  { name: 'query + verdict + language + category', filters: { q: '歧视', verdict: 'violation', language: 'zh', categoryId: 'discrimination' } },
  { name: 'tag + channel', filters: { tag: 'official', channel: 'comment' } },
  { name: 'query, pages 1-10 by cursor', filters: { q: '男人' }, pages: 10 },
  { name: 'Chinese 1 character, pages 1-10 by cursor', filters: { q: '狗' }, pages: 10 },
  { name: 'mixed Chinese and English', filters: { q: 'CEO说谎' } },
  { name: 'tag as query', filters: { q: '舆论监督' } },
];

type Figures = ReturnType<typeof summarize>;

/**
 * Library search p95 through lib/library/queries.ts beside, in the same run, the bare SQL of the
 * same first page (the same WHERE, sent by a plain pg client) and, for text queries, the bare
 * statement of the design before the gram index (ILIKE through the trigram index alone).
 * The library must be seeded already (seedLibrary).
 */
export async function benchLibrarySearch(db: Db, url: string, opts: { examples: number; rounds: number }) {
  const ours: Record<string, Figures & { rows: number }> = {};
  const bare: Record<string, Figures> = {};
  const bareIlike: Record<string, Figures> = {};
  const pool = new Pool({ connectionString: url, max: 1 });
  const dialect = new PgDialect();
  const page = (where: SQL) => dialect.sqlToQuery(sql`select * from library_examples where ${where} order by created_at desc nulls last, id desc nulls last limit 26`);
  const measure = async (q: { sql: string; params: unknown[] }, seqscan: boolean) => {
    await pool.query(`set enable_seqscan = ${seqscan ? 'on' : 'off'}`);
    const samples: number[] = [];
    for (let r = 0; r < opts.rounds; r++) samples.push((await timed(() => pool.query(q.sql, q.params)))[1]);
    return summarize(samples);
  };
  for (const s of scenarios) {
    const filters: LibraryFilters = libraryFilters.parse(s.filters);
    const samples: number[] = [];
    let rows = 0;
    for (let r = 0; r < opts.rounds; r++) {
      let cursor: string | null = null;
      for (let p = 0; p < (s.pages ?? 1); p++) {
        const [result, ms] = await timed(() => searchExamples(db, filters, cursor));
        samples.push(ms);
        rows = Math.max(rows, result.rows.length);
        cursor = result.next;
        if (!cursor) break;
      }
    }
    ours[s.name] = { ...summarize(samples), rows };
    // The same plan as ours: the trigram path rules out a sequential scan (see queries.ts).
    bare[s.name] = await measure(page(searchConditions(filters)), !filters.q || searchPlan(filters.q) === 'grams');
    if (filters.q) {
      bareIlike[s.name] = await measure(page(and(searchConditions({ ...filters, q: '' }), sql`text ilike ${likePattern(filters.q)}`)!), false);
    }
  }
  await pool.end();
  return { examples: opts.examples, rowsPerPage: 25, ours, bareSql: bare, bareIlikeTrigram: bareIlike, target: 'search p95 < 50 ms' };
}

/** Library sizes measured, smallest first (each stage adds rows to the last): BENCH_EXAMPLES=100000,1000000. */
export const librarySizes = () => (process.env.BENCH_EXAMPLES ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);

/**
 * Seeds each size in turn and measures search and similar cases at it. With `state` (a reused bench
 * database, see bench/database.ts) the examples already there are kept; a stage smaller than them is skipped.
 */
export async function benchLibraryStages(db: Db, url: string, log: (...a: unknown[]) => void = () => {}, state?: SeededState, onStage?: (stages: unknown[]) => void, stopBy?: Date | null) {
  const stages = [];
  let seeded = (await state?.get('examples')) ?? 0;
  if (seeded === 0) await db.execute(sql`truncate library_examples cascade`);
  for (const examples of librarySizes()) {
    if (examples < seeded) {
      log(`library: ${seeded.toLocaleString()} examples seeded already, so no stage at ${examples.toLocaleString()}`);
      continue;
    }
    // Seeding and indexing a million examples takes a quarter of an hour on a busy machine.
    if (stopBy && Date.now() + (examples > seeded ? (examples - seeded) / 1_000_000 : 0.1) * 20 * 60_000 > stopBy.getTime()) {
      log(`library: no stage at ${examples.toLocaleString()} examples, it would end after --stop-by`);
      break;
    }
    let seededMs: number | null = null;
    if (examples > seeded) {
      log(`library: seeding up to ${examples.toLocaleString()} examples…`);
      const t0 = performance.now();
      await seedLibrary(db, examples, url, seeded);
      seededMs = Math.round(performance.now() - t0);
      seeded = examples;
      await state?.set('examples', examples);
      log(`library: seeded in ${Math.round(seededMs / 1000)} s`);
    }
    log(`library: search at ${examples.toLocaleString()} examples…`);
    const search = await benchLibrarySearch(db, url, { examples, rounds: 40 });
    log(JSON.stringify(search));
    log('library: similar cases…');
    const similar = await benchSimilarCases(db, url, { examples, rounds: 60, texts: corpus() });
    log(JSON.stringify(similar));
    stages.push({ examples, seededMs, search, similarCases: similar });
    onStage?.(stages);
  }
  return stages;
}

// `npx tsx bench/library-search.ts`: this section alone, on its own database, written beside the full runs.
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const { freshBenchDatabase } = await import('./database');
  const database = await freshBenchDatabase('bulwark_bench_library', 4);
  const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...a);
  try {
    const result = { at: new Date().toISOString(), library: await benchLibraryStages(database.db, database.url, log) };
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `library-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
