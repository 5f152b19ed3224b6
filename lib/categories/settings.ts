import { z } from 'zod';
import { DUE_MINUTES_MAX, DUE_MINUTES_MIN } from './bounds';

export const categorySettingsInput = z.object({
  id: z.string({ error: 'category_invalid' }).min(1, { error: 'category_invalid' }),
  severity: z.number({ error: 'severity_invalid' }).int({ error: 'severity_invalid' })
    .min(1, { error: 'severity_invalid' }).max(4, { error: 'severity_invalid' }),
  dueMinutes: z.number({ error: 'due_minutes_invalid' }).int({ error: 'due_minutes_invalid' })
    .min(DUE_MINUTES_MIN, { error: 'due_minutes_invalid' }).max(DUE_MINUTES_MAX, { error: 'due_minutes_invalid' }),
  active: z.boolean({ error: 'active_invalid' }),
});
