import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/**
 * Fills the database with `n` undecided cases, one report and one evidence snapshot each, in bulk SQL
 * (the benchmark measures the queue, not the seeding). Priorities follow lib/reports/priority.ts:
 * 2% involve a minor, 1% self-harm, severities 1–4, up to 40 reporters; ages spread over 30 days.
 */
export async function seedCases(db: Db, n: number, chunk = 200_000) {
  for (let start = 1; start <= n; start += chunk) {
    const end = Math.min(n, start + chunk - 1);
    await db.execute(sql`
      with src as (
        select g,
               (g % 50 = 0) as minor,
               (g % 97 = 0) as self_harm,
               1 + (g * 7 % 4) as severity,
               1 + (g * 13 % 40) as reporters,
               (enum_range(null::channel))[1 + g % 9] as channel,
               (array['insult','derision','rumour','defamation','privacy_invasion','incitement','threat','self_harm','discrimination'])[1 + g % 9] as category,
               now() - make_interval(secs => (g * 2654435761::bigint % 2592000)::int) as created
        from generate_series(${start}::int, ${end}::int) g
      ), ev as (
        insert into evidence_snapshots (id, content, sha256, captured_at)
        select md5('ev' || g)::uuid, jsonb_build_object('text', 'bench report ' || g, 'channel', channel::text), md5(g::text) || md5(g::text), created
        from src
        returning id
      ), c as (
        insert into cases (id, subject_key, channel, category_id, subject_account_id, target_account_id, involves_minor, self_harm,
                           severity, report_count, reporter_count, priority, status, due_at, first_evidence_id, created_at, updated_at)
        select md5('case' || g)::uuid, 'bench:' || g, channel, category, 'acct-' || (g % 100000), 'target-' || (g % 50000), minor, self_harm,
               severity, 1, reporters,
               (case when minor then 1000000000 else 0 end) + (case when self_harm then 100000000 else 0 end) + severity * 1000000 + reporters,
               'open', created + interval '1 day', md5('ev' || g)::uuid, created, created
        from src
        returning id
      )
      insert into reports (external_id, case_id, channel, category_id, reporter_account_id, subject_account_id, target_account_id, evidence_id, received_at)
      select 'bench-' || g, md5('case' || g)::uuid, channel, category, 'reporter-' || (g % 300000), 'acct-' || (g % 100000), 'target-' || (g % 50000),
             md5('ev' || g)::uuid, created
      from src
    `);
  }
  await db.execute(sql`analyze`);
}
