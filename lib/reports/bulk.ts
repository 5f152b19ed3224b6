import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { Staff } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { can } from '@/lib/auth/permissions';
import { decideCase, type DecisionOutcome } from './decide';
import { MAX_BULK, bulkRefusal, type BulkOperation, type BulkRefusal } from './bulk-rules';

export type { BulkOperation, BulkRefusal } from './bulk-rules';

type CaseState = {
  id: string; status: 'open' | 'escalated' | 'decided'; involves_minor: boolean;
  holder_id: string | null; holder_name: string | null;
};

/**
 * The batch's cases as they are now; `lock` takes their row locks in id order (the order every bulk
 * call uses, so two bulk calls cannot deadlock), which makes a single claim of one of them wait for
 * this transaction and then find the case decided.
 */
async function loadStates(db: Executor, caseIds: string[], lock: boolean): Promise<CaseState[]> {
  const ids = [...new Set(caseIds)].sort();
  return queryRows<CaseState>(db, sql`
    select c.id, c.status::text as status, c.involves_minor,
      case when c.lease_expires_at > now() then c.claimed_by end as holder_id,
      case when c.lease_expires_at > now() then s.name end as holder_name
    from cases c left join staff s on s.id = c.claimed_by
    where c.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
    order by c.id
    ${lock ? sql`for update of c` : sql``}`);
}

/** What would be refused, case by case; the rest would be done. Read-only: the preview. */
export async function checkBatch(db: Executor, me: Pick<Staff, 'id' | 'role'>, caseIds: string[], op: BulkOperation, lock = false) {
  const states = await loadStates(db, caseIds, lock);
  const found = new Set(states.map((s) => s.id));
  const refusals: BulkRefusal[] = [...new Set(caseIds)].filter((id) => !found.has(id)).map((id) => ({ caseId: id, why: 'not_found' }));
  for (const s of states) {
    const why = bulkRefusal({ status: s.status, involvesMinor: s.involves_minor, heldByOther: !!s.holder_id && s.holder_id !== me.id, supervisor: can(me.role, 'escalation.decide') }, op);
    if (why) refusals.push({ caseId: s.id, why, ...(why === 'held' ? { holder: s.holder_name ?? '' } : {}) });
  }
  return { states, refusals, ready: states.length - refusals.filter((r) => r.why !== 'not_found').length };
}

/** "58f1b473 (held by Wang Fang), 9c0d…": the refused cases named, for the error message. */
export const nameRefusals = (refusals: BulkRefusal[]) =>
  refusals.map((r) => `${r.caseId.slice(0, 8)} (${r.why === 'held' ? `held by ${r.holder}` : r.why.replace(/_/g, ' ')})`).join(', ');

function refuse(refusals: BulkRefusal[]): never {
  const fields: Record<string, string[]> = {};
  for (const r of refusals) (fields[`refused.${r.why}`] ??= []).push(r.why === 'held' ? `${r.caseId}:${r.holder}` : r.caseId);
  throw new DomainError(refusals.some((r) => r.why === 'held' || r.why === 'decided') ? 'conflict' : 'forbidden',
    `Nothing was changed: ${refusals.length} of the selected cases cannot be included: ${nameRefusals(refusals)}.`, fields);
}

/**
 * Decides (or escalates) every case of the batch under the single-decision rules: each locked case
 * is passed to decideCase, exactly as if the moderator had decided it on its page, with its own
 * decision row, outbox messages and audit row. All or nothing: one
 * case that cannot be included refuses the batch, naming it, and nothing changes.
 */
export async function decideBatch(tx: Executor, me: Pick<Staff, 'id' | 'role'>, caseIds: string[], op: Extract<BulkOperation, { kind: 'decide' }>) {
  const { states, refusals } = await checkBatch(tx, me, caseIds, op, true);
  if (refusals.length) refuse(refusals);
  const outcomes: DecisionOutcome[] = [];
  const audits: AuditInput[] = [];
  for (const s of states) {
    const { outcome, audit } = await decideCase(tx, me, { caseId: s.id, action: op.action, categoryId: op.categoryId, reason: op.reason, note: op.note }, { held: 'row-lock' });
    outcomes.push(outcome);
    audits.push({ ...audit, after: { ...(audit.after as object), bulk: true } });
  }
  return { outcomes, audits };
}

/** Assigns every case of the batch to one moderator or supervisor; held cases are refused the same way. */
export async function assignBatch(tx: Executor, me: Pick<Staff, 'id' | 'role'>, caseIds: string[], assignee: Pick<Staff, 'id' | 'role'>) {
  const op: BulkOperation = { kind: 'assign', assigneeIsSupervisor: can(assignee.role, 'escalation.decide'), assigneeId: assignee.id };
  const { states, refusals } = await checkBatch(tx, me, caseIds, op, true);
  if (refusals.length) refuse(refusals);
  const rows = await queryRows<{ id: string; before: string | null }>(tx, sql`
    update cases c set assigned_to = ${assignee.id}::uuid, assigned_at = now(), updated_at = now()
    from (select id, assigned_to as before from cases where id in (${sql.join(states.map((s) => sql`${s.id}::uuid`), sql`, `)})) b
    where c.id = b.id
    returning c.id, b.before`);
  const audits: AuditInput[] = rows.map((r) => ({
    action: 'case.assign', targetType: 'case', targetId: r.id, before: { assignedTo: r.before }, after: { assignedTo: assignee.id, bulk: true },
  }));
  return { assigned: rows.length, audits };
}

export type RelatedBy = 'account' | 'incident' | 'reporter';

/**
 * The undecided cases that share this case's account, incident or (first) reporter, in queue order,
 * at most MAX_BULK; `more` says the group is larger, and `label` names the group for the screen.
 */
export async function relatedCaseIds(db: Executor, caseId: string, by: RelatedBy): Promise<{ caseIds: string[]; more: boolean; label: string | null }> {
  const group = {
    account: sql`select subject_account_id as label from cases where id = ${caseId}::uuid`,
    incident: sql`select i.title as label, i.id::text as key from incident_cases ic join incidents i on i.id = ic.incident_id
      where ic.case_id = ${caseId}::uuid order by ic.linked_at limit 1`,
    reporter: sql`select reporter_account_id as label from reports where case_id = ${caseId}::uuid order by received_at, id limit 1`,
  }[by];
  const [g] = await queryRows<{ label: string; key?: string }>(db, group);
  if (!g) return { caseIds: [], more: false, label: null };
  const members = {
    account: sql`select id from cases where subject_account_id = ${g.label}`,
    incident: sql`select case_id as id from incident_cases where incident_id = ${g.key}::uuid`,
    reporter: sql`select case_id as id from reports where reporter_account_id = ${g.label}`,
  }[by];
  const rows = await queryRows<{ id: string }>(db, sql`
    select c.id from cases c where c.id in (${members}) and c.status <> 'decided'
    order by c.priority desc nulls last, c.created_at, c.id limit ${MAX_BULK + 1}`);
  return { caseIds: rows.slice(0, MAX_BULK).map((r) => r.id), more: rows.length > MAX_BULK, label: g.label };
}
