import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { useDatabase, type Database } from '@/db/client';
import { insertApiKey } from '@/lib/apikeys/create';
import { POST } from '@/app/api/v1/dm-checks/route';
import { freshBenchDatabase } from './database';
import { summarize, timed } from './stats';

/**
 * Private-message checks per second through POST /api/v1/dm-checks (the route handler with real
 * Requests: API key, JSON, zod, one transaction reading the rules, the recipient's setting and
 * protection, then the two atomic window counters), beside the bare part that cannot be avoided:
 * the same two INSERT … ON CONFLICT … RETURNING counters in one transaction. Two shapes of traffic:
 * spread (every message to a different recipient) and a pile-on (every message to one recipient,
 * so all requests queue on one counter row).
 */
export async function benchDmChecks(database: Database, opts: { requests: number; concurrency: number }) {
  useDatabase(database);
  const { key } = await insertApiKey(database.db, 'bench dm-checks', null);
  // Limits high enough that every check is counted (the counting path is the one measured).
  await database.db.execute(sql`insert into dm_rule_versions (sender_limit, sender_window_minutes, recipient_limit, recipient_window_minutes, new_account_days, new_sender_limit, minor_recipient_limit, note)
    values (1000000, 60, 1000000, 60, 7, 1000000, 1000000, 'bench')`);
  const at = new Date().toISOString();

  async function run(label: string, one: (i: number) => Promise<void>) {
    const latencies: number[] = [];
    let next = 0;
    const [, ms] = await timed(() => Promise.all(Array.from({ length: opts.concurrency }, async () => {
      while (next < opts.requests) {
        const i = next++;
        const [, t] = await timed(() => one(i));
        latencies.push(t);
      }
    })));
    return { label, perSecond: Math.round((opts.requests * 1000) / ms), latencyMs: summarize(latencies) };
  }

  const api = (recipient: (i: number) => string, tag: string) => async (i: number) => {
    const body = JSON.stringify({ sender: `${tag}-s${i % 5000}`, recipient: recipient(i), at });
    const res = await POST(new Request('http://bench/api/v1/dm-checks', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body }), { params: Promise.resolve({}) });
    const answer = await res.json();
    if (answer.decision !== 'allow') throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
  };
  const bare = (recipient: (i: number) => string, tag: string) => async (i: number) => {
    await database.db.transaction(async (tx) => {
      for (const [scope, k] of [['recipient:60', recipient(i)], ['sender:60', `${tag}-s${i % 5000}`]]) {
        await tx.execute(sql`insert into dm_counters (scope, key, window_start, count) values (${scope}, ${k}, date_trunc('hour', now()), 1)
          on conflict (scope, key, window_start) do update set count = dm_counters.count + 1 where dm_counters.count < 1000000 returning count`);
      }
    });
  };

  return {
    requests: opts.requests,
    concurrency: opts.concurrency,
    spread: { api: await run('api', api((i) => `api-r${i}`, 'api')), bare: await run('bare', bare((i) => `bare-r${i}`, 'bare')) },
    pileOn: { api: await run('api', api(() => 'api-target', 'api2')), bare: await run('bare', bare(() => 'bare-target', 'bare2')) },
  };
}

// Alone: `npx tsx bench/dm-checks.ts` writes bench/results/dm-checks-<time>.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const database = await freshBenchDatabase('bulwark_bench_dm', 20);
  try {
    const result = await benchDmChecks(database, { requests: Number(process.env.BENCH_DM_REQUESTS ?? 4000), concurrency: Number(process.env.BENCH_DM_CONCURRENCY ?? 16) });
    console.log(JSON.stringify(result, null, 2));
    const file = path.join('bench', 'results', `dm-checks-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`written to ${file}`);
  } finally {
    await database.close();
  }
}
