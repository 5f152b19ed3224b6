import { z } from 'zod';
import { safeNextPath } from './next-path';

/** The sign-in form as posted. `next` is usually absent: optional before the transform, or zod refuses it. */
export const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  password: z.string().min(1).max(1024),
  next: z.unknown().optional().transform(safeNextPath),
});
