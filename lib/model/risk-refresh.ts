import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { computePriority } from '@/lib/reports/priority';
import { servingModel } from './loaded';
import { computeRisk, reporterWeight, type TargetKind } from './risk';

type Row = {
  id: string; severity: number; has_category: boolean; involves_minor: boolean; self_harm: boolean; reporter_count: number;
  target_verification: string | null; has_target: boolean; text: string | null; publications: number;
  reporters: { upheld: number; dismissed: number }[]; in_incident: boolean;
};

const CLASSIFY_MAX = 20_000;

/**
 * Computes and stores the risk score of undecided cases (notice I.2) with each factor's contribution,
 * and re-sorts them in the queue: minors, then self-harm, then risk. Gathered in one statement for
 * the whole set, the reported texts classified in one call. Run after intake, in its transaction.
 */
/** Returns each refreshed case's new priority. */
export async function refreshCaseRisk(tx: Executor, caseIds: readonly string[], now = new Date()): Promise<Map<string, number>> {
  if (!caseIds.length) return new Map();
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const rows = await queryRows<Row>(tx, sql`
    with c as (
      select * from cases where id in (select (jsonb_array_elements_text(${JSON.stringify([...new Set(caseIds)])}::jsonb))::uuid) and status <> 'decided'
    )
    select c.id, c.severity, c.category_id is not null as has_category, c.involves_minor, c.self_harm, c.reporter_count,
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
                where ip.account_id in (c.subject_account_id, c.target_account_id) and i.status::text in ('watching', 'active'))) as in_incident
    from c`);
  if (!rows.length) return new Map();

  const { model, settings } = await servingModel(tx);
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
    return {
      id: r.id, risk_score: risk.score, risk_factors: risk.factors,
      priority: computePriority({ involvesMinor: r.involves_minor, selfHarm: r.self_harm, severity: r.severity, distinctReporters: r.reporter_count, risk: risk.score }),
    };
  });
  await tx.execute(sql`
    update cases c set risk_score = u.risk_score, risk_factors = u.risk_factors, priority = u.priority
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(id uuid, risk_score real, risk_factors jsonb, priority bigint)
    where c.id = u.id`);
  return new Map(updates.map((u) => [u.id, u.priority]));
}
