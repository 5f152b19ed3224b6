import { z } from 'zod';
import { caseRoles, sanctionTypes } from './rules';

export const sanctionInput = z.object({
  accountId: z.string().trim().min(1).max(200),
  type: z.enum(sanctionTypes),
  role: z.enum(caseRoles),
  reason: z.string().trim().min(3, 'Give a reason of at least 3 characters.').max(2000),
  categoryId: z.string().max(100).nullish(),
  incidentId: z.uuid().nullish(),
  caseIds: z.array(z.uuid()).max(50).default([]),
  // Hours; up to ten years. Empty for warnings, closures and referrals.
  durationHours: z.number().int().min(1).max(87_600).nullish(),
});
export type SanctionInput = z.output<typeof sanctionInput>;

export const decisionInput = z.object({ sanctionId: z.uuid(), reason: z.string().max(2000) });

export const ladderStepInput = z.object({
  role: z.enum(caseRoles),
  minStrikes: z.number().int().min(0).max(50),
  type: z.enum(sanctionTypes),
  durationHours: z.number().int().min(1).max(87_600).nullish(),
});
