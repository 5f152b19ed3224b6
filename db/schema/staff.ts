import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mediaPreferences, type MediaPreference } from '../../lib/wellness/preferences';

export const staffRole = pgEnum('staff_role', ['moderator', 'supervisor', 'admin']);

export const staff = pgTable('staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: staffRole('role').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  // Sessions signed in before this are over, even if a late response re-set their cookie.
  signedOutAt: timestamp('signed_out_at', { withTimezone: true }),
  // How reported media is shown to this member; null follows the organisation default (wellness_settings).
  mediaPreference: text('media_preference').$type<MediaPreference>(),
}, (t) => [index('staff_role_idx').on(t.role)]);

export { mediaPreferences, type MediaPreference };

// One row: the organisation's reviewer-wellness defaults, set by an admin.
export const wellnessSettings = pgTable('wellness_settings', {
  id: boolean('id').primaryKey().default(true),
  mediaPreference: text('media_preference').$type<MediaPreference>().notNull().default('blur_all'),
  // After this many minutes of continuous work the console suggests a break.
  breakMinutes: integer('break_minutes').notNull().default(50),
  updatedBy: uuid('updated_by').references(() => staff.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Staff = typeof staff.$inferSelect;
export type StaffRole = (typeof staffRole.enumValues)[number];
