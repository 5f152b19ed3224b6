import { sql } from 'drizzle-orm';
import type { Db, Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { bottomOfBand, computePriority } from '@/lib/reports/priority';
import { mutedOnly } from '@/lib/reporters/mute';
import { servingModel } from './loaded';
import { computeRisk, reporterWeight, type TargetKind } from './risk';

type Row = {
  id: string; severity: number; has_category: boolean; involves_minor: boolean; self_harm: boolean; reporter_count: number;
  target_verification: string | null; has_target: boolean; text: string | null; publications: number;
  reporters: { upheld: number; dismissed: number }[]; in_incident: boolean; muted_only: boolean;
};

const CLASSIFY_MAX = 20_000;

/** What a stored score was computed with: the promoted model and the published standards (weights, severities). */
export const basisOf = (modelVersion: string | null, standardsVersion: number | null) => `${modelVersion ?? 'none'}:${standardsVersion ?? 'none'}`;

/**
 * Computes and stores the risk score of undecided cases (notice I.2) with each factor's contribution,
 * and re-sorts them in the queue: minors, then self-harm, then risk. Gathered in one statement for
 * the whole set, the reported texts classified in one call. Run in the transaction of whatever
 * changed a factor: intake (reports), incidents (linkage, parties, status), account events (minor,
 * verified); the worker catches up after a promotion or a publication (refreshStaleRisk).
 * Returns each refreshed case's new priority.
 */
export async function refreshCaseRisk(tx: Executor, caseIds: readonly string[], now = new Date()): Promise<Map<string, number>> {
  if (!caseIds.length) return new Map();
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const { model, settings, standardsVersion } = await servingModel(tx);
  const rows = await queryRows<Row>(tx, sql`
    with c as (
      select * from cases where id in (select (jsonb_array_elements_text(${JSON.stringify([...new Set(caseIds)])}::jsonb))::uuid) and status <> 'decided'
    )
    -- A target the platform has since flagged as a minor counts as one, whatever the report said.
    select c.id, c.severity, c.category_id is not null as has_category,
      c.involves_minor or exists (select 1 from accounts a where a.id = c.target_account_id and a.is_minor) as involves_minor,
      c.self_harm, c.reporter_count,
      c.target_account_id is not null as has_target,
      (select a.verification::text from accounts a where a.id = c.target_account_id) as target_verification,
      (select e.content->>'text' from evidence_snapshots e where e.id = c.first_evidence_id) as text,
      -- Posts and comments by the subject about the target in the last day: comments under the
      -- target's posts, and other reported content of the subject aimed at the target.
      ((select count(*) from comments cm join posts p on p.id = cm.post_id
         where cm.author_account_id = c.subject_account_id and p.author_account_id = c.target_account_id and cm.posted_at >= ${since}::timestamptz)
       + (select count(*) from cases o where o.subject_account_id = c.subject_account_id and o.target_account_id = c.target_account_id
         and o.created_at >= ${since}::timestamptz))::int as publications,
      -- Each distinct reporter's record on their other decided reports: dismissed ones weigh against them.
      (select coalesce(jsonb_agg(jsonb_build_object('upheld', w.upheld, 'dismissed', w.dismissed)), '[]'::jsonb) from (
        select count(d.id) filter (where d.decision::text <> 'not_violation') as upheld,
          count(d.id) filter (where d.decision::text = 'not_violation') as dismissed
        from (select distinct reporter_account_id from reports where case_id = c.id) rr
        left join reports r on r.reporter_account_id = rr.reporter_account_id and r.case_id <> c.id
        left join cases d on d.id = r.case_id and d.status = 'decided'
        group by rr.reporter_account_id) w) as reporters,
      (exists (select 1 from incident_cases ic join incidents i on i.id = ic.incident_id
                where ic.case_id = c.id and i.status::text in ('watching', 'active'))
       or exists (select 1 from incident_parties ip join incidents i on i.id = ip.incident_id
                where ip.account_id in (c.subject_account_id, c.target_account_id) and i.status::text in ('watching', 'active'))) as in_incident,
      -- A case only muted reporters filed stays at the bottom of its band whatever its risk (lib/reporters/mute.ts).
      ${mutedOnly} as muted_only
    from c`);
  if (!rows.length) return new Map();

  const scores = model ? model.classifier.classify(rows.map((r) => (r.text ?? '').slice(0, CLASSIFY_MAX))).map((p) => p.score) : rows.map(() => null);
  const updates = rows.map((r, n) => {
    const target: TargetKind = r.involves_minor ? 'minor'
      : r.target_verification === 'verified' ? 'public_figure'
        : r.has_target ? 'private_person' : 'unknown';
    const risk = computeRisk({
      severity: r.has_category ? r.severity : null,
      target,
      classifierScore: scores[n],
      recentPublications: Number(r.publications),
      reporterWeights: (r.reporters ?? []).map((w) => reporterWeight(Number(w.upheld), Number(w.dismissed))),
      inOpenHotIncident: Boolean(r.in_incident),
    }, settings.risk);
    const priority = computePriority({ involvesMinor: r.involves_minor, selfHarm: r.self_harm, severity: r.severity, distinctReporters: r.reporter_count, risk: risk.score });
    return {
      id: r.id, risk_score: risk.score, risk_factors: risk.factors, risk_basis: basisOf(model?.versionId ?? null, standardsVersion),
      priority: r.muted_only ? bottomOfBand(priority) : priority,
    };
  });
  await tx.execute(sql`
    update cases c set risk_score = u.risk_score, risk_factors = u.risk_factors, priority = u.priority, risk_basis = u.risk_basis
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(id uuid, risk_score real, risk_factors jsonb, priority bigint, risk_basis text)
    where c.id = u.id`);
  return new Map(updates.map((u) => [u.id, u.priority]));
}

/** Undecided cases whose subject or target is one of these accounts (a minor flag, a verification). */
export async function refreshRiskOfAccounts(tx: Executor, accountIds: readonly string[], now = new Date()) {
  if (!accountIds.length) return new Map<string, number>();
  const ids = await queryRows<{ id: string }>(tx, sql`
    with a as (select jsonb_array_elements_text(${JSON.stringify([...new Set(accountIds)])}::jsonb) as id)
    select c.id from cases c where c.status <> 'decided' and (c.subject_account_id in (select id from a) or c.target_account_id in (select id from a))`);
  return refreshCaseRisk(tx, ids.map((r) => r.id), now);
}

/**
 * Undecided cases an incident touches: linked to it, or about one of its parties; plus cases and
 * accounts that were just unlinked or removed from it (no longer found through it).
 */
export async function refreshRiskOfIncident(tx: Executor, incidentId: string, also: { caseIds?: string[]; accountIds?: string[] } = {}, now = new Date()) {
  const ids = await queryRows<{ id: string }>(tx, sql`
    with parties as (
      select account_id from incident_parties where incident_id = ${incidentId}::uuid
      union select jsonb_array_elements_text(${JSON.stringify(also.accountIds ?? [])}::jsonb)
    )
    select c.id from cases c where c.status <> 'decided' and (
      c.id in (select case_id from incident_cases where incident_id = ${incidentId}::uuid)
      or c.id in (select (jsonb_array_elements_text(${JSON.stringify(also.caseIds ?? [])}::jsonb))::uuid)
      or c.subject_account_id in (select account_id from parties) or c.target_account_id in (select account_id from parties))`);
  return refreshCaseRisk(tx, ids.map((r) => r.id), now);
}

// Any fixed number: the advisory lock that lets one worker at a time catch up.
const STALE_LOCK = 7_311_021;
const STALE_BATCH = 500;

/**
 * The worker's catch-up after a model promotion or roll-back, or a standards publication (weights,
 * severities): rescoring every undecided case at once could take minutes on a full queue, so each
 * run rescores up to `limit` cases whose score was computed on another basis, a batch at a time,
 * each batch its own transaction. Returns how many were rescored.
 */
export async function refreshStaleRisk(db: Db, limit = 5_000): Promise<number> {
  let done = 0;
  while (done < limit) {
    const n = await db.transaction(async (tx) => {
      const [{ locked }] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${STALE_LOCK}) as locked`);
      if (!locked) return 0;
      const { model, standardsVersion } = await servingModel(tx);
      const basis = basisOf(model?.versionId ?? null, standardsVersion);
      const stale = await queryRows<{ id: string }>(tx, sql`
        select id from cases where status <> 'decided' and risk_basis is distinct from ${basis} limit ${STALE_BATCH}`);
      return (await refreshCaseRisk(tx, stale.map((r) => r.id))).size;
    });
    done += n;
    if (n < STALE_BATCH) break;
  }
  return done;
}
