import { z } from 'zod';

export const MAX_IDENTITIES = 100;
const identity = z.string().trim().min(1).max(64).describe('The verified identity as the platform holds it (e.g. an ID number); formatting is normalised');

/** POST /api/v1/registration-checks: one identity, or a batch answered in order. */
export const registrationCheckInput = z.union([
  z.object({ identity }).strict(),
  z.object({ identities: z.array(identity).min(1).max(MAX_IDENTITIES) }).strict(),
]);
