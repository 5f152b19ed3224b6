import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sections, type Section } from '@/db/schema';
import type { AuditInput } from '@/lib/audit/write';
import { announceSection } from './announce';
import { refusingRule, type StoredRule } from './rules-in-force';

/**
 * A section the platform created although a name rule refuses its name (it did not ask, or asked
 * before the rule) becomes "creation suspended", and the platform hears of it. Used by the sections
 * events and by live rooms opened through the livestream events, which are sections too.
 */
export async function suspendIfNameRefused(
  tx: Executor, section: Section, rules: StoredRule[], now: Date, audit: (e: AuditInput) => void,
): Promise<Section> {
  if (section.status !== 'open') return section;
  const rule = refusingRule(rules, section.kind, section.name, now);
  if (!rule) return section;
  const [row] = await tx.update(sections).set({ status: 'creation_suspended', suspendedByRuleId: rule.id, updatedAt: now })
    .where(eq(sections.id, section.id)).returning();
  await announceSection(tx, 'section.creation_rule', row, { ruleId: rule.id, until: rule.until.toISOString() });
  audit({ action: 'section.suspendByRule', targetType: 'section', targetId: row.id, before: { status: 'open' }, after: { status: row.status, ruleId: rule.id } });
  return row;
}
