import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { accounts, agencies, agencyActions, agencyMemberships, incidents, staff, type AgencyAction, type Agency } from '@/db/schema';
import { involvement, membersOf } from './involvement';

export type AgencyListRow = Agency & { currentMembers: number; involvedMembers: number; activeActions: number; pendingActions: number };

/** Agencies, those with the most member accounts in incidents that are not closed first. */
export async function listAgencies(db: Executor): Promise<AgencyListRow[]> {
  const involved = sql<number>`(select count(distinct m.account_id)::int from ${membersOf(sql.raw('agencies.id'))} m
    join ${involvement} i on i.account_id = m.account_id
    join incidents inc on inc.id = i.incident_id and inc.status <> 'closed')`;
  const rows = await db.select({
    agency: agencies,
    currentMembers: sql<number>`(select count(*)::int from accounts a where a.agency_id = agencies.id)`,
    involvedMembers: involved,
    activeActions: sql<number>`(select count(*)::int from agency_actions x where x.agency_id = agencies.id and x.status = 'active')`,
    pendingActions: sql<number>`(select count(*)::int from agency_actions x where x.agency_id = agencies.id and x.status = 'proposed')`,
  }).from(agencies).orderBy(desc(involved), asc(agencies.name));
  return rows.map(({ agency, ...counts }) => ({ ...agency, ...counts }));
}

export type AgencyMember = { accountId: string; handle: string; displayName: string; current: boolean; joinedAt: Date | null; leftAt: Date | null };
export type HypedIncident = { id: string; title: string; status: string; risk: string; members: number; accountIds: string[] };
export type AgencyActionRow = AgencyAction & { proposedByName: string; decidedByName: string | null; reversedByName: string | null; incidentTitle: string | null };
export type AgencyDetail = { agency: Agency; members: AgencyMember[]; incidents: HypedIncident[]; actions: AgencyActionRow[] };

export async function loadAgency(db: Executor, agencyId: string): Promise<AgencyDetail | null> {
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) return null;
  const [members, hyped, actions] = await Promise.all([agencyMembers(db, agencyId), hypedIncidents(db, agencyId), actionHistory(db, agencyId)]);
  return { agency, members, incidents: hyped, actions };
}

async function agencyMembers(db: Executor, agencyId: string): Promise<AgencyMember[]> {
  const [current, history] = await Promise.all([
    db.select().from(accounts).where(eq(accounts.agencyId, agencyId)).orderBy(asc(accounts.handle)),
    db.select({ m: agencyMemberships, handle: accounts.handle, displayName: accounts.displayName })
      .from(agencyMemberships).innerJoin(accounts, eq(accounts.id, agencyMemberships.accountId))
      .where(eq(agencyMemberships.agencyId, agencyId)).orderBy(desc(agencyMemberships.joinedAt)),
  ]);
  const rows: AgencyMember[] = current.map((a) => {
    const open = history.find((h) => h.m.accountId === a.id && !h.m.leftAt);
    return { accountId: a.id, handle: a.handle, displayName: a.displayName, current: true, joinedAt: open?.m.joinedAt ?? null, leftAt: null };
  });
  // Past members: a membership that ended, for an account not in the agency now (one row each, the latest).
  for (const h of history) {
    if (!h.m.leftAt || rows.some((r) => r.accountId === h.m.accountId)) continue;
    rows.push({ accountId: h.m.accountId, handle: h.handle, displayName: h.displayName, current: false, joinedAt: h.m.joinedAt, leftAt: h.m.leftAt });
  }
  return rows;
}

async function hypedIncidents(db: Executor, agencyId: string): Promise<HypedIncident[]> {
  const rows = await db.select({
    id: incidents.id, title: incidents.title, status: incidents.status, risk: incidents.risk,
    accountIds: sql<string[]>`array_agg(distinct i.account_id order by i.account_id)`,
  }).from(incidents)
    .innerJoin(sql`${involvement} i`, sql`i.incident_id = ${incidents.id}`)
    .where(sql`i.account_id in (select account_id from ${membersOf(agencyId)} m)`)
    .groupBy(incidents.id)
    .orderBy(sql`${incidents.status} = 'closed'`, desc(sql`count(distinct i.account_id)`), desc(incidents.updatedAt));
  return rows.map((r) => ({ ...r, members: r.accountIds.length }));
}

const decider = alias(staff, 'decider');
const reverser = alias(staff, 'reverser');

async function actionHistory(db: Executor, agencyId: string): Promise<AgencyActionRow[]> {
  const rows = await db.select({
    action: agencyActions, proposedByName: staff.name, decidedByName: decider.name, reversedByName: reverser.name, incidentTitle: incidents.title,
  }).from(agencyActions)
    .innerJoin(staff, eq(staff.id, agencyActions.proposedBy))
    .leftJoin(decider, eq(decider.id, agencyActions.decidedBy))
    .leftJoin(reverser, eq(reverser.id, agencyActions.reversedBy))
    .leftJoin(incidents, eq(incidents.id, agencyActions.incidentId))
    .where(eq(agencyActions.agencyId, agencyId))
    .orderBy(desc(agencyActions.proposedAt));
  return rows.map(({ action, ...names }) => ({ ...action, ...names }));
}

/** Incidents the agency's accounts hyped that are not closed: what a proposal may name. */
export async function openIncidentChoices(db: Executor, agencyId: string) {
  return (await hypedIncidents(db, agencyId)).filter((i) => i.status !== 'closed').map(({ id, title }) => ({ id, title }));
}

