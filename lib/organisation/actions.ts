'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { isTimeZone } from '@/lib/time/zone';
import { setOrganisationTimeZone } from './time-zone';

/** The organisation's time zone, in which every typed time is read and every time is shown. */
export const setTimeZone = defineAction({
  name: 'organisation.setTimeZone',
  permission: 'organisation.settings',
  input: z.object({ timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, { message: 'unknown_time_zone' }) }),
  async run({ tx, input, staff, audit }) {
    const before = await setOrganisationTimeZone(tx, input.timeZone, staff.id);
    audit({ action: 'organisation.setTimeZone', targetType: 'organisation', before: { timeZone: before }, after: { timeZone: input.timeZone } });
    return { timeZone: input.timeZone };
  },
});
