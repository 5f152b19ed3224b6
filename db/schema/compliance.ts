import { customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { channel, decisionAction } from './reports';
import { staff } from './staff';

// Daily rollups kept by triggers in the transactions that insert reports and decisions and stamp a
// case's first action (migration 0023). Days are the organisation's calendar days (Asia/Shanghai);
// category_id '' stands for none. lib/dashboard/figures.ts is their only reader.
export const complianceDailyReceived = pgTable('compliance_daily_received', {
  day: date('day').notNull(),
  channel: channel('channel').notNull(),
  categoryId: text('category_id').notNull().default(''),
  n: integer('n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.channel, t.categoryId] })]);

export const complianceDailyDecisions = pgTable('compliance_daily_decisions', {
  day: date('day').notNull(),
  channel: channel('channel').notNull(),
  categoryId: text('category_id').notNull().default(''),
  action: decisionAction('action').notNull(),
  n: integer('n').notNull().default(0),
  minors: integer('minors').notNull().default(0),
  minorsOnTime: integer('minors_on_time').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.channel, t.categoryId, t.action] })]);

export const complianceDailyStaff = pgTable('compliance_daily_staff', {
  day: date('day').notNull(),
  channel: channel('channel').notNull(),
  staffId: uuid('staff_id').notNull(),
  decided: integer('decided').notNull().default(0),
  escalated: integer('escalated').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.channel, t.staffId] })]);

export const complianceDailyFirstAction = pgTable('compliance_daily_first_action', {
  day: date('day').notNull(),
  channel: channel('channel').notNull(),
  bucket: smallint('bucket').notNull(),
  n: integer('n').notNull().default(0),
  secs: doublePrecision('secs').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.channel, t.bucket] })]);

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

// A generated report is a record (update and delete refused by trigger): the figures as computed then.
export const complianceReports = pgTable('compliance_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  periodKind: text('period_kind').notNull(),
  periodLabel: text('period_label').notNull(),
  periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
  periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
  timeZone: text('time_zone').notNull(),
  figures: jsonb('figures').notNull(),
  generatedBy: uuid('generated_by').notNull().references(() => staff.id),
  generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('compliance_reports_generated_idx').on(t.generatedAt.desc())]);

export const complianceReportFiles = pgTable('compliance_report_files', {
  reportId: uuid('report_id').notNull().references(() => complianceReports.id),
  format: text('format').$type<'csv' | 'pdf'>().notNull(),
  locale: text('locale').$type<'en' | 'zh'>().notNull(),
  bytes: bytea('bytes').notNull(),
  sha256: text('sha256').notNull(),
}, (t) => [primaryKey({ columns: [t.reportId, t.format, t.locale] })]);

export type ComplianceReport = typeof complianceReports.$inferSelect;
