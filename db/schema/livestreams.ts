import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { sections } from './sections';
import { staff } from './staff';

export const liveRoomStatus = pgEnum('live_room_status', ['live', 'stopped', 'ended']);
export const hostBanStatus = pgEnum('host_ban_status', ['pending', 'approved', 'rejected']);

/** An intercepted bullet comment kept as an example (plain text, hostile). */
/** nearestExampleId: the accepted library example the bullet was found near (the explanation shown beside it). */
export type BulletSample = { text: string; accountId: string; categoryId: string | null; at: string; nearestExampleId?: string | null };

// The live state of a live room (notice III.3). The room itself is a section of kind live_room;
// this row holds what only a livestream has: its host, status, viewers and intercepted bullets.
export const liveRooms = pgTable('live_rooms', {
  sectionId: uuid('section_id').primaryKey().references(() => sections.id, { onDelete: 'cascade' }),
  hostAccountId: text('host_account_id').notNull(),
  status: liveRoomStatus('status').notNull().default('live'),
  viewers: integer('viewers').notNull().default(0),
  peakViewers: integer('peak_viewers').notNull().default(0),
  bulletComments: integer('bullet_comments').notNull().default(0),
  intercepted: integer('intercepted').notNull().default(0),
  // The latest intercepted bullets, bounded (lib/livestreams/samples.ts), newest first.
  samples: jsonb('samples').$type<BulletSample[]>().notNull().default(sql`'[]'::jsonb`),
  // Set once an intercepted bullet's category induces self-harm: the room goes to the top.
  selfHarm: boolean('self_harm').notNull().default(false),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  stoppedBy: uuid('stopped_by').references(() => staff.id),
  stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  stopReason: text('stop_reason'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('live_rooms_list_idx').on(t.status, t.selfHarm.desc(), t.openedAt.desc()),
  index('live_rooms_host_idx').on(t.hostAccountId),
]);

// Every bullet comment a room intercepted, by the platform's id: a batch sent again is answered the
// same way without counting its interceptions twice. Only intercepted bullets are kept, never the chat.
export const liveRoomInterceptions = pgTable('live_room_interceptions', {
  sectionId: uuid('section_id').notNull().references(() => liveRooms.sectionId, { onDelete: 'cascade' }),
  bulletId: text('bullet_id').notNull(),
  accountId: text('account_id').notNull(),
  categoryId: text('category_id').references(() => categories.id),
  interceptedAt: timestamp('intercepted_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sectionId, t.bulletId] })]);

// Banning a room's host is a proposal a second supervisor decides (four-eyes).
export const hostBans = pgTable('host_bans', {
  id: uuid('id').primaryKey().defaultRandom(),
  sectionId: uuid('section_id').notNull().references(() => liveRooms.sectionId, { onDelete: 'cascade' }),
  hostAccountId: text('host_account_id').notNull(),
  reason: text('reason').notNull(),
  status: hostBanStatus('status').notNull().default('pending'),
  proposedBy: uuid('proposed_by').notNull().references(() => staff.id),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
}, (t) => [
  uniqueIndex('host_bans_pending_uq').on(t.sectionId).where(sql`status = 'pending'`),
  index('host_bans_status_idx').on(t.status, t.proposedAt),
]);

export type LiveRoom = typeof liveRooms.$inferSelect;
export type HostBan = typeof hostBans.$inferSelect;
export type LiveRoomStatus = (typeof liveRoomStatus.enumValues)[number];
export type HostBanStatus = (typeof hostBanStatus.enumValues)[number];
