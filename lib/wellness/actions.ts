'use server';

import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { staff, wellnessSettings } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { mediaPreferences } from './media';
import { wellnessDefaults } from './queries';

const preference = z.enum(mediaPreferences, { error: `preference must be one of ${mediaPreferences.join(', ')}` });

/** A member chooses how reported media is shown to them, or goes back to the organisation default. */
export const setMyMediaPreference = defineAction({
  name: 'wellness.preference',
  permission: 'wellness.self',
  input: z.object({ preference: z.union([preference, z.literal('organisation')], { error: `preference must be organisation or one of ${mediaPreferences.join(', ')}` }) }),
  async run({ tx, input, staff: me, audit }) {
    const next = input.preference === 'organisation' ? null : input.preference;
    await tx.update(staff).set({ mediaPreference: next }).where(eq(staff.id, me.id));
    audit({ action: 'wellness.preference', targetType: 'staff', targetId: me.id, before: { mediaPreference: me.mediaPreference ?? null }, after: { mediaPreference: next } });
    return { preference: next };
  },
});

/** An admin sets the organisation's media default and after how many minutes of work to suggest a break. */
export const saveWellnessDefaults = defineAction({
  name: 'wellness.defaults',
  permission: 'wellness.settings',
  input: z.object({
    mediaPreference: preference,
    breakMinutes: z.coerce.number({ error: 'breakMinutes must be a number' }).int('breakMinutes must be a whole number')
      .min(10, 'breakMinutes must be at least 10').max(480, 'breakMinutes must be at most 480'),
  }),
  async run({ tx, input, staff: me, audit }) {
    const before = await wellnessDefaults(tx);
    await tx.insert(wellnessSettings).values({ id: true, ...input, updatedBy: me.id })
      .onConflictDoUpdate({ target: wellnessSettings.id, set: { ...input, updatedBy: me.id, updatedAt: sql`now()` } });
    audit({ action: 'wellness.defaults', targetType: 'wellness_settings', targetId: 'organisation', before, after: input });
    return input;
  },
});
