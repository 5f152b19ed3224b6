import { z } from 'zod';

/** Bounds of what an admin may set: 5 minutes to one week, severity on the notice's four steps. */
export const DUE_MINUTES_MIN = 5;
export const DUE_MINUTES_MAX = 7 * 24 * 60;

export const categorySettingsInput = z.object({
  id: z.string({ error: 'category_invalid' }).min(1, { error: 'category_invalid' }),
  severity: z.coerce.number({ error: 'severity_invalid' }).int({ error: 'severity_invalid' })
    .min(1, { error: 'severity_invalid' }).max(4, { error: 'severity_invalid' }),
  dueMinutes: z.coerce.number({ error: 'due_minutes_invalid' }).int({ error: 'due_minutes_invalid' })
    .min(DUE_MINUTES_MIN, { error: 'due_minutes_invalid' }).max(DUE_MINUTES_MAX, { error: 'due_minutes_invalid' }),
  active: z.boolean({ error: 'active_invalid' }),
});
