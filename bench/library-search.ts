import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import type { Db } from '@/db/client';
import { channel } from '@/db/schema';
import { parseCsv } from '@/lib/library/csv';
import { searchConditions, searchExamples, similarExamples } from '@/lib/library/queries';
import { libraryFilters, type LibraryFilters } from '@/lib/library/search-query';
import { summarize, timed } from './stats';

const cold = path.resolve('../shared/data/cold');
const categories = ['insult', 'derision', 'rumour', 'defamation', 'privacy_invasion', 'incitement', 'threat', 'self_harm', 'discrimination'];
const tags = ['official', 'company', 'private-person', 'pile-on', 'minor', 'doxxing', '官员', '舆论监督'];
const english = ['The mayor misused public funds and should resign', 'You are a worthless idiot', 'This company lied about the recall',
  'Everyone go find her profile', 'The referee was incompetent tonight', 'I know where you live'];

/** Texts to fill the library with: the COLD corpus (Chinese) when present, with English sentences mixed in. */
function corpus(): string[] {
  const texts: string[] = [];
  for (const file of ['train.csv', 'dev.csv']) {
    const p = path.join(cold, file);
    if (!fs.existsSync(p)) continue;
    const rows = parseCsv(fs.readFileSync(p, 'utf8'));
    const col = rows[0].findIndex((h) => h.trim().toLowerCase() === 'text');
    for (const r of rows.slice(1)) if (r[col]) texts.push(r[col]);
  }
  if (texts.length === 0) for (let i = 0; i < 1000; i++) texts.push(`这位局长滥用职权第${i}次，公款旅游，大家评评理`);
  return texts;
}

/** Seeds `count` examples in a few set-based statements; 90% accepted, the rest proposed or retired. */
export async function seedLibrary(db: Db, count: number) {
  const texts = corpus();
  const start = Date.now() - count * 60_000;
  for (let i = 0; i < count; i += 5000) {
    const chunk = Array.from({ length: Math.min(5000, count - i) }, (_, j) => {
      const n = i + j;
      const en = n % 7 === 0;
      return {
        text: en ? `${english[n % english.length]} #${n}` : `${texts[n % texts.length]}${n >= texts.length ? ` (${Math.floor(n / texts.length)})` : ''}`,
        language: en ? 'en' : 'zh', verdict: n % 3 === 0 ? 'not_violation' : 'violation', category_id: categories[n % categories.length],
        channel: channel.enumValues[n % channel.enumValues.length], tags: [tags[n % tags.length]],
        status: n % 10 === 9 ? (n % 20 === 19 ? 'retired' : 'proposed') : 'accepted', created_at: new Date(start + n * 60_000).toISOString(),
      };
    });
    await db.execute(sql`
      insert into library_examples (text, language, verdict, category_id, channel, tags, status, created_at)
      select r.text, r.language::example_language, r.verdict::example_verdict, r.category_id, r.channel::channel,
        array(select jsonb_array_elements_text(r.tags)), r.status::example_status, r.created_at
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
        as r(text text, language text, verdict text, category_id text, channel text, tags jsonb, status text, created_at timestamptz)`);
  }
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
];

/** Library search p95 through lib/library/queries.ts beside the bare SQL of the same first page. */
export async function benchLibrarySearch(db: Db, url: string, opts: { examples: number; rounds: number }) {
  const t0 = performance.now();
  await seedLibrary(db, opts.examples);
  const seededMs = Math.round(performance.now() - t0);
  const ours: Record<string, ReturnType<typeof summarize> & { rows: number }> = {};
  const bare: Record<string, ReturnType<typeof summarize>> = {};
  const pool = new Pool({ connectionString: url, max: 1 });
  const dialect = new PgDialect();
  for (const s of scenarios) {
    const filters: LibraryFilters = libraryFilters.parse(s.filters);
    const samples: number[] = [];
    let rows = 0;
    for (let r = 0; r < opts.rounds; r++) {
      let cursor: string | null = null;
      for (let p = 0; p < (s.pages ?? 1); p++) {
        const [page, ms] = await timed(() => searchExamples(db, filters, cursor));
        samples.push(ms);
        rows = Math.max(rows, page.rows.length);
        cursor = page.next;
        if (!cursor) break;
      }
    }
    ours[s.name] = { ...summarize(samples), rows };
    const q = dialect.sqlToQuery(sql`select * from library_examples where ${searchConditions(filters)} order by created_at desc nulls last, id desc nulls last limit 26`);
    // The same plan as ours: the search rules out a sequential scan for text queries (see queries.ts).
    await pool.query(`set enable_seqscan = ${filters.q ? 'off' : 'on'}`);
    const baseline: number[] = [];
    for (let r = 0; r < opts.rounds; r++) baseline.push((await timed(() => pool.query(q.sql, q.params)))[1]);
    bare[s.name] = summarize(baseline);
  }
  await pool.end();
  const similar: number[] = [];
  const probes = ['这位局长滥用职权，把公款用于私人旅游', '你们这些人真是垃圾', 'The mayor misused public funds'];
  for (let r = 0; r < Math.max(5, opts.rounds / 4); r++) similar.push((await timed(() => similarExamples(db, probes[r % probes.length], 2)))[1]);
  return { examples: opts.examples, seededMs, rowsPerPage: 25, ours, bareSql: bare, similarCases: summarize(similar), target: 'search p95 < 50 ms' };
}

// `npx tsx bench/library-search.ts`: this section alone, on its own database, written beside the full runs.
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const { freshBenchDatabase } = await import('./database');
  const database = await freshBenchDatabase('bulwark_bench_library', 4);
  try {
    const result = { at: new Date().toISOString(), librarySearch: await benchLibrarySearch(database.db, database.url, { examples: Number(process.env.BENCH_EXAMPLES ?? 100_000), rounds: 40 }) };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.resolve('bench/results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `library-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await database.close();
  }
}
