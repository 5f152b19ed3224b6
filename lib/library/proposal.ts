import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, decisions, evidenceSnapshots, libraryExamples, type Channel, type EvidenceContent, type ExampleVerdict } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { detectLanguage } from './language';
import { storeVariantGrams } from './variant-grams';
import { detectPersonalData, redactForLibrary, type Span } from './redact';

export type ProposalSource = {
  caseId: string; text: string; context: string; channel: Channel; categoryId: string | null;
  verdict: ExampleVerdict; suggested: Span[]; alreadyProposed: boolean;
};

/** Fold, remove and warn found a violation; a dismissal did not. An escalation is not a decision. */
export function verdictOfDecision(action: string): ExampleVerdict | null {
  if (action === 'not_violation') return 'not_violation';
  return action === 'fold' || action === 'remove' || action === 'warn' ? 'violation' : null;
}

/** What a proposal from this case starts from: the snapshot's text, its context and the decision. */
export async function proposalSource(db: Executor, caseId: string): Promise<ProposalSource | null> {
  const [row] = await db
    .select({ c: cases, content: evidenceSnapshots.content })
    .from(cases)
    .leftJoin(evidenceSnapshots, eq(evidenceSnapshots.id, cases.firstEvidenceId))
    .where(eq(cases.id, caseId));
  if (!row || row.c.status !== 'decided' || !row.content) return null;
  const [decision] = await db
    .select({ action: decisions.action, categoryId: decisions.categoryId })
    .from(decisions)
    .where(and(eq(decisions.caseId, caseId), ne(decisions.action, 'escalate'), isNull(decisions.undoneAt)))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id))
    .limit(1);
  const verdict = verdictOfDecision(decision?.action ?? row.c.decision ?? '');
  if (!verdict) return null;
  const content = row.content as EvidenceContent;
  const [existing] = await db.select({ id: libraryExamples.id }).from(libraryExamples)
    .where(and(eq(libraryExamples.sourceCaseId, caseId), ne(libraryExamples.status, 'retired'))).limit(1);
  return {
    caseId, text: content.text, context: (content.context ?? []).join('\n'), channel: row.c.channel,
    categoryId: decision?.categoryId ?? row.c.categoryId, verdict, suggested: detectPersonalData(content.text), alreadyProposed: !!existing,
  };
}

export type ProposalInput = { caseId: string; redact: Span[]; rationale: string; tags: string[] };

/**
 * Saves a proposed example from a decided case. The text comes from the evidence snapshot, never from
 * the browser, and is redacted here: what the moderator marked plus any personal data the patterns
 * find, in the text and its context alike.
 */
export async function createProposal(tx: Executor, input: ProposalInput, staffId: string) {
  const source = await proposalSource(tx, input.caseId);
  if (!source) throw new DomainError('conflict', 'Only a decided case can become an example.');
  if (source.alreadyProposed) throw new DomainError('conflict', 'This case is already in the library or proposed for it.');
  const text = redactForLibrary(source.text, input.redact);
  const context = redactForLibrary(source.context, []);
  const [row] = await tx.insert(libraryExamples).values({
    text: text.text, context: context.text, channel: source.channel, language: detectLanguage(text.text),
    categoryId: source.categoryId, verdict: source.verdict, rationale: input.rationale, tags: input.tags,
    sourceCaseId: source.caseId, status: 'proposed', proposedBy: staffId, redactions: text.redactions,
  }).returning();
  await storeVariantGrams(tx, [row]);
  return row;
}

/**
 * A case's decision was undone or reversed: the example made from it (proposed or already accepted)
 * no longer shows how such content is judged, so it leaves the library, search and "similar cases"
 * in the same transaction, retired by whoever took the decision back. The library's hash changes, so
 * the worker trains a candidate without it. A new decision on the case can be proposed again.
 */
export async function retireExamplesOfCase(tx: Executor, caseId: string, staffId: string): Promise<string[]> {
  const now = new Date();
  const rows = await tx.update(libraryExamples)
    .set({ status: 'retired', reviewedBy: staffId, reviewedAt: now, updatedAt: now })
    .where(and(eq(libraryExamples.sourceCaseId, caseId), inArray(libraryExamples.status, ['proposed', 'accepted'])))
    .returning({ id: libraryExamples.id });
  return rows.map((r) => r.id);
}
