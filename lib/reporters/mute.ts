import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';

// Integer division keeps the minor and self-harm bands: the same rule as bottomOfBand in lib/reports/priority.ts.
const BAND = 100_000_000;

/**
 * True for a case (the alias `c` in the caller's query) that has reports and only muted reporters
 * filed them: the one definition the intake, a mute and the risk refresh all sink by.
 */
export const mutedOnly: SQL = sql`(exists (select 1 from reports r where r.case_id = c.id) and not exists (
  select 1 from reports r where r.case_id = c.id and not exists (
    select 1 from reporter_mutes m where m.reporter_account_id = r.reporter_account_id and m.unmuted_at is null)))`;

/**
 * The rule at intake for muted reporters: their reports are stored, join the subject's case and are
 * told the outcome like any other, but a case that only muted reporters filed sinks to the bottom of
 * its band (minor, self-harm, or neither). Nothing is thrown away, so a real harm they report is
 * still seen, and a case involving a minor still comes before every other; once any reporter who is
 * not muted reports the same content, the case takes its normal place again (the next risk refresh
 * or intake computes it afresh; the risk refresh keeps a muted-only case at the bottom). Returns the new priority of each case it sank.
 */
export async function sinkMutedOnlyCases(tx: Executor, caseIds: readonly string[]): Promise<Map<string, number>> {
  if (!caseIds.length) return new Map();
  const rows = await queryRows<{ id: string; priority: string | number }>(tx, sql`
    update cases c set priority = (c.priority / ${BAND}) * ${BAND}
    where c.id in (select (jsonb_array_elements_text(${JSON.stringify([...new Set(caseIds)])}::jsonb))::uuid)
      and c.status <> 'decided' and ${mutedOnly}
    returning c.id, c.priority`);
  return new Map(rows.map((r) => [r.id, Number(r.priority)]));
}

/** Of these reporters, the ones muted now: one indexed lookup per intake batch. */
export async function mutedAmong(tx: Executor, reporterIds: readonly string[]): Promise<Set<string>> {
  if (!reporterIds.length) return new Set();
  const rows = await queryRows<{ id: string }>(tx, sql`
    select reporter_account_id as id from reporter_mutes
    where unmuted_at is null and reporter_account_id in (select jsonb_array_elements_text(${JSON.stringify([...new Set(reporterIds)])}::jsonb))`);
  return new Set(rows.map((r) => r.id));
}

/** The undecided cases a reporter has reported: what a mute sinks and an unmute lifts. */
export async function openCasesReportedBy(tx: Executor, reporterId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(tx, sql`
    select distinct c.id from reports r join cases c on c.id = r.case_id
    where r.reporter_account_id = ${reporterId} and c.status <> 'decided'`);
  return rows.map((r) => r.id);
}
