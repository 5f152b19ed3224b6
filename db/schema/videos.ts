import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { libraryExamples } from './library';
import { incidents } from './incidents';
import { staff } from './staff';
import { evidenceSnapshots } from './reports';

export const videoReviewStatus = pgEnum('video_review_status', ['held', 'approved', 'rejected']);

// Short videos the platform marked risky and holds back until a moderator decides (notice III.3).
export const prepublicationVideos = pgTable('prepublication_videos', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  coverText: text('cover_text').notNull().default(''),
  uploaderAccountId: text('uploader_account_id').notNull(),
  riskReasons: text('risk_reasons').array().notNull().default(sql`'{}'::text[]`),
  // What the content check found in the title, description and cover text (null: nothing close).
  categoryId: text('category_id').references(() => categories.id),
  checkScore: real('check_score'),
  // The nearest accepted library example when the check flagged the words: the explanation shown beside them.
  nearestExampleId: uuid('nearest_example_id').references(() => libraryExamples.id, { onDelete: 'set null' }),
  // Self-harm content goes first in the queue: from the category's flag or the platform's reasons.
  selfHarm: boolean('self_harm').notNull().default(false),
  incidentId: uuid('incident_id').references(() => incidents.id),
  // The media the platform sent (cover, thumbnails, the file) with their hashes; shown through /media.
  evidenceId: uuid('evidence_id').references(() => evidenceSnapshots.id),
  status: videoReviewStatus('status').notNull().default('held'),
  decisionReason: text('decision_reason'),
  decidedBy: uuid('decided_by').references(() => staff.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('prepublication_videos_external_uq').on(t.externalId),
  index('prepublication_videos_queue_idx').on(t.selfHarm.desc(), t.receivedAt).where(sql`status = 'held'`),
]);

export type PrepublicationVideo = typeof prepublicationVideos.$inferSelect;
export type VideoReviewStatus = (typeof videoReviewStatus.enumValues)[number];
