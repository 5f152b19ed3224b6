'use server';

import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { cases, incidentCases, incidentLinks, incidentParties, incidentStatements, incidentTerms, incidents, type Incident } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { createIncidentInput, incidentFields, linkRefInput, partyInput, termInput } from './input';
import { announceStatement } from './statements';
import { refreshRiskOfIncident } from '@/lib/model/risk-refresh';

const incidentRef = z.object({ incidentId: z.uuid() });

async function touch(tx: Tx, incidentId: string): Promise<Incident> {
  const [row] = await tx.update(incidents).set({ updatedAt: sql`now()` }).where(eq(incidents.id, incidentId)).returning();
  if (!row) throw new DomainError('not_found', 'There is no such incident.');
  return row;
}

const onIncident = (incidentId: string) => ({ targetType: 'incident', targetId: incidentId });

export const createIncident = defineAction({
  name: 'incident.create',
  permission: 'incident.manage',
  input: createIncidentInput,
  async run({ tx, input, staff, audit }): Promise<{ id: string }> {
    const { parties, terms, ...fields } = input;
    const [row] = await tx.insert(incidents).values({ ...fields, createdBy: staff.id }).returning();
    if (parties.length) await tx.insert(incidentParties).values(parties.map((p) => ({ ...p, incidentId: row.id }))).onConflictDoNothing();
    if (terms.length) await tx.insert(incidentTerms).values(terms.map((t) => ({ ...t, incidentId: row.id }))).onConflictDoNothing();
    // Cases about its parties now sit in an open hot incident: a risk factor.
    await refreshRiskOfIncident(tx, row.id);
    audit({ action: 'incident.create', ...onIncident(row.id), after: input });
    return { id: row.id };
  },
});

export const updateIncident = defineAction({
  name: 'incident.update',
  permission: 'incident.manage',
  input: incidentFields.extend({ incidentId: z.uuid(), status: z.enum(['watching', 'active', 'contained']) }),
  async run({ tx, input, audit }) {
    const { incidentId, ...fields } = input;
    const [before] = await tx.select().from(incidents).where(eq(incidents.id, incidentId));
    if (!before) throw new DomainError('not_found', 'There is no such incident.');
    await tx.update(incidents).set({ ...fields, closedAt: null, updatedAt: sql`now()` }).where(eq(incidents.id, incidentId));
    if (before.status !== fields.status) await refreshRiskOfIncident(tx, incidentId);
    audit({
      action: 'incident.update', ...onIncident(incidentId),
      before: { title: before.title, summary: before.summary, risk: before.risk, status: before.status }, after: fields,
    });
    return { id: incidentId };
  },
});

export const closeIncident = defineAction({
  name: 'incident.close',
  permission: 'incident.manage',
  input: incidentRef,
  async run({ tx, input, staff, audit }) {
    const before = await touch(tx, input.incidentId);
    if (before.status === 'closed') throw new DomainError('conflict', 'This incident is already closed.');
    await tx.update(incidents).set({ status: 'closed', closedAt: sql`now()` }).where(eq(incidents.id, input.incidentId));
    // A closed incident's statements stop being served, so the platform is told to unpin each one.
    const withdrawn = await tx.update(incidentStatements).set({ withdrawnAt: sql`now()`, withdrawnBy: staff.id })
      .where(and(eq(incidentStatements.incidentId, input.incidentId), isNull(incidentStatements.withdrawnAt))).returning();
    for (const s of withdrawn) await announceStatement(tx, 'withdrawn', s);
    await refreshRiskOfIncident(tx, input.incidentId);
    audit({
      action: 'incident.close', ...onIncident(input.incidentId),
      before: { status: before.status }, after: { status: 'closed', statementsWithdrawn: withdrawn.map((s) => s.id) },
    });
    return { id: input.incidentId };
  },
});

export const addParty = defineAction({
  name: 'incident.addParty',
  permission: 'incident.manage',
  input: partyInput.extend({ incidentId: z.uuid() }),
  async run({ tx, input, audit }) {
    const { incidentId, ...party } = input;
    await touch(tx, incidentId);
    const [row] = await tx.insert(incidentParties).values({ ...party, incidentId })
      .onConflictDoUpdate({
        target: [incidentParties.incidentId, incidentParties.accountId],
        set: { displayName: party.displayName, handle: party.handle, role: party.role, isMinor: party.isMinor },
      })
      .returning();
    await refreshRiskOfIncident(tx, incidentId, { accountIds: [party.accountId] });
    audit({ action: 'incident.addParty', ...onIncident(incidentId), after: party });
    return { id: row.id };
  },
});

export const removeParty = defineAction({
  name: 'incident.removeParty',
  permission: 'incident.manage',
  input: incidentRef.extend({ partyId: z.uuid() }),
  async run({ tx, input, audit }) {
    await touch(tx, input.incidentId);
    const [gone] = await tx.delete(incidentParties)
      .where(and(eq(incidentParties.id, input.partyId), eq(incidentParties.incidentId, input.incidentId))).returning();
    if (!gone) throw new DomainError('not_found', 'There is no such party on this incident.');
    await refreshRiskOfIncident(tx, input.incidentId, { accountIds: [gone.accountId] });
    audit({ action: 'incident.removeParty', ...onIncident(input.incidentId), before: gone });
    return { id: gone.id };
  },
});

export const addTerm = defineAction({
  name: 'incident.addTerm',
  permission: 'incident.manage',
  input: termInput.extend({ incidentId: z.uuid() }),
  async run({ tx, input, audit }) {
    const { incidentId, ...term } = input;
    await touch(tx, incidentId);
    const [row] = await tx.insert(incidentTerms).values({ ...term, incidentId }).onConflictDoNothing().returning();
    if (!row) throw new DomainError('conflict', 'This incident already has that key term.', { term: ['duplicate'] });
    audit({ action: 'incident.addTerm', ...onIncident(incidentId), after: term });
    return { id: row.id };
  },
});

export const removeTerm = defineAction({
  name: 'incident.removeTerm',
  permission: 'incident.manage',
  input: incidentRef.extend({ termId: z.uuid() }),
  async run({ tx, input, audit }) {
    await touch(tx, input.incidentId);
    const [gone] = await tx.delete(incidentTerms)
      .where(and(eq(incidentTerms.id, input.termId), eq(incidentTerms.incidentId, input.incidentId))).returning();
    if (!gone) throw new DomainError('not_found', 'There is no such key term on this incident.');
    audit({ action: 'incident.removeTerm', ...onIncident(input.incidentId), before: { term: gone.term, language: gone.language } });
    return { id: gone.id };
  },
});

export const linkCase = defineAction({
  name: 'incident.linkCase',
  permission: 'incident.link',
  input: incidentRef.extend({ caseId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    await touch(tx, input.incidentId);
    const [found] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, input.caseId));
    if (!found) throw new DomainError('not_found', 'There is no such case.');
    const [row] = await tx.insert(incidentCases).values({ incidentId: input.incidentId, caseId: input.caseId, linkedBy: staff.id })
      .onConflictDoNothing().returning();
    if (row) await refreshRiskOfIncident(tx, input.incidentId, { caseIds: [input.caseId] });
    audit({ action: 'incident.linkCase', ...onIncident(input.incidentId), after: { caseId: input.caseId, alreadyLinked: !row } });
    return { caseId: input.caseId, linked: !!row };
  },
});

export const unlinkCase = defineAction({
  name: 'incident.unlinkCase',
  permission: 'incident.link',
  input: incidentRef.extend({ caseId: z.uuid() }),
  async run({ tx, input, audit }) {
    await touch(tx, input.incidentId);
    const [gone] = await tx.delete(incidentCases)
      .where(and(eq(incidentCases.incidentId, input.incidentId), eq(incidentCases.caseId, input.caseId))).returning();
    if (!gone) throw new DomainError('not_found', 'That case is not linked to this incident.');
    await refreshRiskOfIncident(tx, input.incidentId, { caseIds: [input.caseId] });
    audit({ action: 'incident.unlinkCase', ...onIncident(input.incidentId), before: { caseId: input.caseId } });
    return { caseId: input.caseId };
  },
});

/** Accounts and sections are linked by their platform id until those capabilities have tables. */
export const linkRef = defineAction({
  name: 'incident.linkRef',
  permission: 'incident.link',
  input: linkRefInput,
  async run({ tx, input, staff, audit }) {
    await touch(tx, input.incidentId);
    await tx.insert(incidentLinks).values({ ...input, linkedBy: staff.id }).onConflictDoNothing();
    audit({ action: 'incident.linkRef', ...onIncident(input.incidentId), after: { kind: input.kind, ref: input.ref } });
    return { ref: input.ref };
  },
});
