'use server';

import { eq } from 'drizzle-orm';
import { categories } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { categorySettingsInput } from './settings';

/**
 * Severity and due time apply to cases opened from now on (intake reads them when it sets a case's
 * priority and due time); cases already in the queue keep the deadline they were given.
 */
export const updateCategorySettings = defineAction({
  name: 'category.updateSettings',
  permission: 'category.configure',
  input: categorySettingsInput,
  async run({ tx, input, audit }) {
    const [before] = await tx.select().from(categories).where(eq(categories.id, input.id)).for('update');
    if (!before) throw new DomainError('not_found', `No category with id ${input.id}.`, { id: ['category_invalid'] });
    const [after] = await tx
      .update(categories)
      .set({ severity: input.severity, dueMinutes: input.dueMinutes, active: input.active })
      .where(eq(categories.id, input.id))
      .returning();
    const pick = (c: typeof after) => ({ severity: c.severity, dueMinutes: c.dueMinutes, active: c.active });
    audit({ action: 'category.updateSettings', targetType: 'category', targetId: input.id, before: pick(before), after: pick(after) });
    return after;
  },
});
