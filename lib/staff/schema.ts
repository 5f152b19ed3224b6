import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';

// Messages are codes: the console translates them (admin.errors.*) next to the field they name.
export const MIN_PASSWORD_LENGTH = 12;

const staffId = z.uuid({ error: 'staff_invalid' });
const role = z.enum(roles, { error: 'role_invalid' });

export const createStaffInput = z.object({
  // Sign-in lowercases the email it is given, so the stored one must be lowercase too.
  email: z.string({ error: 'email_invalid' }).trim().toLowerCase().pipe(z.email({ error: 'email_invalid' })),
  name: z.string({ error: 'name_required' }).trim().min(1, { error: 'name_required' }).max(120, { error: 'name_too_long' }),
  role,
  password: z.string({ error: 'password_too_short' })
    .min(MIN_PASSWORD_LENGTH, { error: 'password_too_short' })
    .max(200, { error: 'password_too_long' }),
});

export const changeRoleInput = z.object({ id: staffId, role });
export const staffIdInput = z.object({ id: staffId });
