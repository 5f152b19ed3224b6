-- The recognition model (notice I.2): trained versions, imported training rows, pre-check settings
-- versioned with the standards, pre-check outcomes (without text) and each case's risk with its factors.
CREATE TYPE "public"."model_status" AS ENUM('candidate', 'promoted', 'retired');
--> statement-breakpoint
CREATE TABLE "model_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"algorithm" text NOT NULL,
	"weights" bytea NOT NULL,
	"training_size" integer NOT NULL,
	"training_hash" text NOT NULL,
	"library_stamp" text NOT NULL,
	"standards_version" integer,
	"metrics" jsonb NOT NULL,
	"status" "model_status" DEFAULT 'candidate' NOT NULL,
	"trained_by" uuid REFERENCES "staff"("id"),
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_by" uuid REFERENCES "staff"("id"),
	"promoted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "model_versions_one_promoted_uq" ON "model_versions" USING btree ("status") WHERE status = 'promoted';
--> statement-breakpoint
CREATE INDEX "model_versions_trained_idx" ON "model_versions" USING btree ("trained_at" DESC);
--> statement-breakpoint
CREATE TABLE "model_training_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text" text NOT NULL,
	"violation" boolean NOT NULL,
	"category_id" text,
	"row_hash" text NOT NULL UNIQUE,
	"imported_by" uuid REFERENCES "staff"("id"),
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_settings" (
	"version" integer PRIMARY KEY NOT NULL REFERENCES "standards_versions"("version") ON DELETE CASCADE,
	"settings" jsonb NOT NULL,
	"updated_by" uuid REFERENCES "staff"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Settings belong to their standards version: once that version is published they never change.
CREATE OR REPLACE FUNCTION model_settings_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM standards_versions WHERE version = OLD.version AND status = 'published') THEN
    RAISE EXCEPTION 'settings of a published standards version are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM standards_versions WHERE version = NEW.version AND status = 'published') THEN
    RAISE EXCEPTION 'settings of a published standards version are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER model_settings_published_guard BEFORE INSERT OR UPDATE OR DELETE ON model_settings
  FOR EACH ROW EXECUTE FUNCTION model_settings_guard();
--> statement-breakpoint
CREATE TABLE "precheck_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"category_id" text,
	"score" real NOT NULL,
	"decision" text NOT NULL,
	"model_version" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "precheck_outcomes_decided_idx" ON "precheck_outcomes" USING btree ("decided_at");
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "risk_score" real;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "risk_factors" jsonb;
