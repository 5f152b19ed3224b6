import { and, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionNameRules, sections, type SectionKind, type SectionNameRule, type Staff } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { announceSection } from './announce';
import { normaliseName, patternProblem, ruleMatches } from './name-rules';

type Audit = (e: AuditInput) => void;
const MAX_MARKED = 1_000;

export type NewRule = {
  pattern: string; match: 'substring' | 'glob'; kinds: SectionKind[]; until: Date; reason: string;
  incidentId: string | null; markExisting: boolean;
};

/** The longest run of literal text in a pattern: what a database prefilter can look for. */
function literal(pattern: string): string {
  return normaliseName(pattern).split(/[*?]/).sort((a, b) => b.length - a.length)[0] ?? '';
}

/**
 * Open sections whose name the new rule matches become "creation suspended" and the platform is told.
 * The database narrows by the rule's longest literal text; the pure matcher decides.
 */
async function markMatching(tx: Tx, rule: SectionNameRule, audit: Audit): Promise<number> {
  const fragment = literal(rule.pattern).replace(/[\\%_]/g, '\\$&');
  const where = [eq(sections.status, 'open'), ilike(sections.name, `%${fragment}%`)];
  if (rule.kinds?.length) where.push(inArray(sections.kind, rule.kinds));
  const candidates = await tx.select().from(sections).where(and(...where)).limit(MAX_MARKED * 2).for('update');
  const hits = candidates.filter((s) => ruleMatches(rule, s.name)).slice(0, MAX_MARKED);
  for (const s of hits) {
    const [row] = await tx.update(sections).set({ status: 'creation_suspended', suspendedByRuleId: rule.id, updatedAt: sql`now()` })
      .where(eq(sections.id, s.id)).returning();
    await announceSection(tx, 'section.creation_rule', row, { ruleId: rule.id, until: rule.until.toISOString() });
    audit({ action: 'section.suspendByRule', targetType: 'section', targetId: s.id, before: { status: 'open' }, after: { status: row.status, ruleId: rule.id } });
  }
  return hits.length;
}

export async function createRule(tx: Tx, input: NewRule, by: Staff, audit: Audit) {
  const problem = patternProblem(input.pattern, input.match);
  if (problem) throw new DomainError('invalid_input', `Invalid input: pattern: ${problem}`, { pattern: [problem] });
  if (input.until.getTime() <= Date.now()) throw new DomainError('invalid_input', 'Invalid input: until: must be in the future', { until: ['until_in_past'] });
  const [rule] = await tx.insert(sectionNameRules).values({
    pattern: input.pattern.trim(), match: input.match, kinds: input.kinds.length ? input.kinds : null, until: input.until,
    reason: input.reason, incidentId: input.incidentId, createdBy: by.id,
  }).returning();
  const marked = input.markExisting ? await markMatching(tx, rule, audit) : 0;
  audit({ action: 'section.createRule', targetType: 'section_name_rule', targetId: rule.id, after: { ...input, marked } });
  return { id: rule.id, marked };
}

/** Revoking a rule reopens the sections it suspended (and only those still suspended by it). */
export async function revokeRule(tx: Tx, ruleId: string, by: Staff, audit: Audit) {
  const [rule] = await tx.select().from(sectionNameRules).where(eq(sectionNameRules.id, ruleId)).for('update');
  if (!rule) throw new DomainError('not_found', 'There is no such rule.');
  if (rule.revokedAt) throw new DomainError('conflict', 'This rule was already revoked.');
  await tx.update(sectionNameRules).set({ revokedAt: sql`now()`, revokedBy: by.id }).where(eq(sectionNameRules.id, ruleId));
  const reopened = await tx.update(sections).set({ status: 'open', suspendedByRuleId: null, updatedAt: sql`now()` })
    .where(and(eq(sections.suspendedByRuleId, ruleId), eq(sections.status, 'creation_suspended'))).returning();
  for (const s of reopened) await announceSection(tx, 'section.creation_rule', s, { ruleId, lifted: true });
  audit({ action: 'section.revokeRule', targetType: 'section_name_rule', targetId: ruleId, before: { pattern: rule.pattern, until: rule.until }, after: { reopened: reopened.map((s) => s.id) } });
  return { id: ruleId, reopened: reopened.length };
}
