-- The moderator's day (issue 13): decisions that can be corrected, internal notes, account tags and
-- muted reporters.

-- A decision remembers what the case was before it and which warning it gave, so that undoing it
-- (by its decider, within the undo window) or reversing it (by a supervisor, with a reason) can put
-- the case back exactly. The decision row stays: history shows it, and when and why it was undone.
ALTER TABLE "decisions" ADD COLUMN "previous_status" "case_status";
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "previous_category_id" text;
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "previous_first_action_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "warning_sanction_id" uuid REFERENCES "sanctions"("id");
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "undone_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "undone_by" uuid REFERENCES "staff"("id");
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "undo_kind" text;
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "undo_reason" text;
--> statement-breakpoint
-- Undone once, by one of the two paths, with who and when; a reversal always says why.
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_undo_ck" CHECK (
  (undo_kind IS NULL AND undone_at IS NULL AND undone_by IS NULL AND undo_reason IS NULL)
  OR (undo_kind = 'undo' AND undone_at IS NOT NULL AND undone_by IS NOT NULL)
  OR (undo_kind = 'reversal' AND undone_at IS NOT NULL AND undone_by IS NOT NULL AND length(btrim(undo_reason)) > 0));
--> statement-breakpoint

-- Internal notes: staff-only, append-only, never sent to the platform.
CREATE TABLE "case_notes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL REFERENCES "cases"("id"),
  "body" text NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "staff"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" ("case_id", "created_at");
--> statement-breakpoint
CREATE TABLE "account_notes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "account_id" text NOT NULL REFERENCES "accounts"("id"),
  "body" text NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "staff"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "account_notes_account_idx" ON "account_notes" ("account_id", "created_at");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notes_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_notes_no_update_delete BEFORE UPDATE OR DELETE ON "case_notes"
  FOR EACH ROW EXECUTE FUNCTION notes_are_append_only();
--> statement-breakpoint
CREATE TRIGGER account_notes_no_update_delete BEFORE UPDATE OR DELETE ON "account_notes"
  FOR EACH ROW EXECUTE FUNCTION notes_are_append_only();
--> statement-breakpoint

-- Tags on accounts, normalised by lib/accounts/tags.ts; the accounts list filters by one.
CREATE TABLE "account_tags" (
  "account_id" text NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
  "tag" text NOT NULL,
  "added_by" uuid NOT NULL REFERENCES "staff"("id"),
  "added_at" timestamp with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY ("account_id", "tag")
);
--> statement-breakpoint
CREATE INDEX "account_tags_tag_idx" ON "account_tags" ("tag");
--> statement-breakpoint

-- Reporters a supervisor muted: their new reports sink to the bottom of their band of the queue.
-- A row per mute; unmuting closes it. At most one mute in force per reporter.
CREATE TABLE "reporter_mutes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "reporter_account_id" text NOT NULL,
  "reason" text NOT NULL,
  "muted_by" uuid NOT NULL REFERENCES "staff"("id"),
  "muted_at" timestamp with time zone DEFAULT now() NOT NULL,
  "unmuted_by" uuid REFERENCES "staff"("id"),
  "unmuted_at" timestamp with time zone,
  "unmute_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reporter_mutes_in_force_uq" ON "reporter_mutes" ("reporter_account_id") WHERE unmuted_at IS NULL;
