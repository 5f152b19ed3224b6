import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accounts, cases, categories, incidents, sanctionCases, sanctions, type CaseRole, type Sanction, type SanctionType } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { ensureAccount } from '@/lib/accounts/store';
import { enqueueOutbox } from '@/lib/outbox/enqueue';
import { currentStandardsVersion } from '@/lib/standards/store';
import { sanctionMessage } from '@/lib/templates/store';
import { sanctionReference } from './reference';
import { runActivateEffects, runReverseEffects } from './effects';
import { endsAtFor, requiresApproval } from './rules';

const restrictsPosting: readonly SanctionType[] = ['prepost_warning', 'warning', 'mute', 'dm_suspension'];

export type NewSanction = {
  accountId: string;
  type: SanctionType;
  role: CaseRole;
  reason: string;
  categoryId?: string | null;
  incidentId?: string | null;
  caseIds?: string[];
  durationHours?: number | null;
  suggestion?: unknown;
};

/** What the platform hears about a sanction: enough to enforce it without asking back. */
export async function announceSanction(tx: Tx, topic: 'sanction.applied' | 'sanction.ended' | 'sanction.reversed', s: Sanction) {
  // A warning and the "speak reasonably" notice come with the text to show the account, in both
  // languages, from the templates admins edit (lib/templates).
  const templated = topic === 'sanction.applied' && (s.type === 'warning' || s.type === 'prepost_warning');
  await enqueueOutbox(tx, topic, s.accountId, {
    sanctionId: s.id, reference: sanctionReference(s.id), accountId: s.accountId, type: s.type, status: s.status,
    startsAt: s.startsAt?.toISOString() ?? null, endsAt: s.endsAt?.toISOString() ?? null,
    ...(templated ? { message: await sanctionMessage(tx, s.type as 'warning' | 'prepost_warning', s) } : {}),
  });
}

/**
 * Records a sanction: applied at once when the rule allows it, otherwise a proposal for a second
 * supervisor. The caller has decided which it wants (`mode`); a mismatch is refused, so a form that
 * tried to apply a 30-day mute directly cannot slip past the four-eyes rule.
 */
export async function recordSanction(tx: Tx, input: NewSanction, staffId: string, mode: 'apply' | 'propose', now = new Date()): Promise<Sanction> {
  const needsApproval = requiresApproval(input.type, input.durationHours ?? null);
  if (mode === 'apply' && needsApproval) {
    throw new DomainError('forbidden', 'This sanction needs a second supervisor: propose it instead of applying it.', { type: ['needsApproval'] });
  }
  await ensureAccount(tx, input.accountId);
  await assertRefsExist(tx, input);
  const [account] = await tx.select({ status: accounts.status, identityHash: accounts.identityHash }).from(accounts).where(eq(accounts.id, input.accountId));
  if (input.type === 'closure' && account?.status === 'closed') throw new DomainError('conflict', 'This account is already closed.', { type: ['alreadyClosed'] });
  // Warnings, mutes and DM suspensions restrict an account that can still post: a closed one cannot.
  if (account?.status === 'closed' && restrictsPosting.includes(input.type)) {
    throw new DomainError('conflict', 'This account is closed: warnings, mutes and DM suspensions no longer apply to it.', { type: ['accountClosed'] });
  }
  // A registration ban bans the verified identity: without one there is nothing to ban, so say so now, not at approval.
  if (input.type === 'registration_ban' && !account?.identityHash) {
    throw new DomainError('conflict', 'This account has no verified identity: a registration ban needs one.', { type: ['noIdentity'] });
  }
  const standardsVersion = await currentStandardsVersion(tx);
  const [row] = await tx.insert(sanctions).values({
    accountId: input.accountId, type: input.type, role: input.role, reason: input.reason.trim(),
    categoryId: input.categoryId ?? null, incidentId: input.incidentId ?? null, standardsVersion,
    suggestion: input.suggestion ?? null, durationHours: input.durationHours ?? null,
    status: mode === 'apply' ? 'active' : 'proposed', proposedBy: staffId, proposedAt: now,
    ...(mode === 'apply' ? { startsAt: now, endsAt: endsAtFor(now, input.durationHours), decidedBy: staffId, decidedAt: now } : {}),
  }).returning();
  const caseIds = [...new Set(input.caseIds ?? [])];
  if (caseIds.length) await tx.insert(sanctionCases).values(caseIds.map((caseId) => ({ sanctionId: row.id, caseId })));
  if (mode === 'apply') {
    await runActivateEffects(tx, row, staffId);
    await announceSanction(tx, 'sanction.applied', row);
  }
  return row;
}

/** A second supervisor's approval: the sanction starts now (its duration counts from approval). */
export async function activateProposal(tx: Tx, s: Sanction, staffId: string, reason: string, now = new Date()): Promise<Sanction> {
  const [row] = await tx.update(sanctions).set({
    status: 'active', startsAt: now, endsAt: endsAtFor(now, s.durationHours),
    decidedBy: staffId, decidedAt: now, decisionReason: reason.trim(),
  }).where(eq(sanctions.id, s.id)).returning();
  await runActivateEffects(tx, row, staffId);
  await announceSanction(tx, 'sanction.applied', row);
  return row;
}

export async function rejectProposal(tx: Tx, s: Sanction, staffId: string, reason: string, now = new Date()): Promise<Sanction> {
  const [row] = await tx.update(sanctions).set({ status: 'rejected', decidedBy: staffId, decidedAt: now, decisionReason: reason.trim() })
    .where(eq(sanctions.id, s.id)).returning();
  return row;
}

/** An overturned appeal: the sanction never counts as a strike again and its effects are undone. */
export async function reverseSanction(tx: Tx, s: Sanction, staffId: string, reason: string, now = new Date()): Promise<Sanction> {
  const [row] = await tx.update(sanctions).set({ status: 'reversed', reversedBy: staffId, reversedAt: now, reversalReason: reason.trim() })
    .where(eq(sanctions.id, s.id)).returning();
  await runReverseEffects(tx, row, staffId);
  await announceSanction(tx, 'sanction.reversed', row);
  return row;
}

/** Loads a sanction for a decision, locked so two supervisors deciding at once cannot both win. */
export async function lockSanction(tx: Tx, id: string): Promise<Sanction | undefined> {
  const [row] = await tx.select().from(sanctions).where(eq(sanctions.id, id)).for('update');
  return row;
}

// Named links must exist: a wrong id is the caller's mistake, answered as such rather than as a crash.
async function assertRefsExist(tx: Tx, input: NewSanction) {
  if (input.categoryId) {
    const [c] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
    if (!c) throw new DomainError('invalid_input', 'Invalid input: categoryId: no such category.', { categoryId: ['unknownCategory'] });
  }
  if (input.incidentId) {
    const [i] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, input.incidentId));
    if (!i) throw new DomainError('invalid_input', 'Invalid input: incidentId: no such incident.', { incidentId: ['unknownIncident'] });
  }
  const ids = [...new Set(input.caseIds ?? [])];
  if (ids.length) {
    const found = await tx.select({ id: cases.id }).from(cases).where(inArray(cases.id, ids));
    if (found.length !== ids.length) throw new DomainError('invalid_input', 'Invalid input: caseIds: no such case.', { caseIds: ['unknownCase'] });
  }
}
