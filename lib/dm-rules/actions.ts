'use server';

import { dmRuleVersions } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { currentDmRules, dmLimitsInput } from './settings';

const limitsOf = ({ version: _v, note: _n, createdBy: _c, createdAt: _a, ...limits }: Awaited<ReturnType<typeof currentDmRules>>) => limits;

/** An admin saves new private-message limits: a new version, in force at once, the old kept as history. */
export const saveDmRules = defineAction({
  name: 'dm_rules.save',
  permission: 'dm_rules.manage',
  input: dmLimitsInput,
  async run({ tx, input, staff, audit }) {
    const before = await currentDmRules(tx);
    const [row] = await tx.insert(dmRuleVersions).values({ ...input, createdBy: staff.id }).returning();
    audit({ action: 'dm_rules.save', targetType: 'dm_rules', targetId: String(row.version), before: { version: before.version, ...limitsOf(before) }, after: { version: row.version, ...limitsOf(row) } });
    return { version: row.version };
  },
});
