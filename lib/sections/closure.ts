import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionClosures, sections, type Section, type SectionClosure, type Staff } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { assertDecisionReason, assertSecondPerson } from '@/lib/approvals/four-eyes';
import type { AuditInput } from '@/lib/audit/write';
import { announceSection } from './announce';

type Audit = (e: AuditInput) => void;
export type ClosureTarget = SectionClosure['target'];

/** Closing a section, or the account that owns a group, waits for a second supervisor. */
export async function proposeClosure(tx: Tx, section: Section, target: ClosureTarget, reason: string, by: Staff, audit: Audit) {
  if (section.status === 'closed') throw new DomainError('conflict', `Section "${section.name}" is already closed.`, { sectionIds: ['section_already_closed'] });
  if (target === 'group_account' && (section.kind !== 'group' || !section.ownerAccountId)) {
    throw new DomainError('invalid_input', `Section "${section.name}" is not a group with a known owner account.`, { target: ['not_a_group'] });
  }
  const [pending] = await tx.select({ id: sectionClosures.id }).from(sectionClosures)
    .where(and(eq(sectionClosures.sectionId, section.id), eq(sectionClosures.status, 'pending')));
  if (pending) throw new DomainError('conflict', `A closure of "${section.name}" is already waiting for approval.`, { sectionIds: ['closure_pending'] });
  const [row] = await tx.insert(sectionClosures).values({
    sectionId: section.id, target, reason, incidentId: section.incidentId, proposedBy: by.id,
  }).returning();
  audit({ action: 'section.proposeClosure', targetType: 'section_closure', targetId: row.id, after: { sectionId: section.id, target, reason } });
  return row;
}

async function lockPending(tx: Tx, closureId: string) {
  const [closure] = await tx.select().from(sectionClosures).where(eq(sectionClosures.id, closureId)).for('update');
  if (!closure) throw new DomainError('not_found', 'There is no such closure proposal.');
  if (closure.status !== 'pending') throw new DomainError('conflict', `This proposal was already ${closure.status}.`);
  return closure;
}

export async function decideClosure(tx: Tx, closureId: string, decision: 'approved' | 'rejected', reason: string, by: Staff, audit: Audit) {
  assertDecisionReason(reason);
  const closure = await lockPending(tx, closureId);
  assertSecondPerson(closure.proposedBy, by.id);
  await tx.update(sectionClosures).set({ status: decision, decidedBy: by.id, decidedAt: sql`now()`, decisionReason: reason })
    .where(eq(sectionClosures.id, closureId));
  const [section] = await tx.select().from(sections).where(eq(sections.id, closure.sectionId)).for('update');
  if (decision === 'approved') {
    const [row] = await tx.update(sections).set({ status: 'closed', closedAt: sql`now()`, closedBy: by.id, updatedAt: sql`now()` })
      .where(eq(sections.id, section.id)).returning();
    const topic = closure.target === 'group_account' ? 'section.group_account_closed' : 'section.closed';
    await announceSection(tx, topic, row, { closureId, ownerAccountId: closure.target === 'group_account' ? section.ownerAccountId : undefined });
  }
  audit({
    action: decision === 'approved' ? 'section.approveClosure' : 'section.rejectClosure', targetType: 'section_closure', targetId: closureId,
    before: { status: 'pending', sectionStatus: section.status }, after: { status: decision, reason, sectionId: section.id, target: closure.target },
  });
  return { closureId, status: decision };
}
