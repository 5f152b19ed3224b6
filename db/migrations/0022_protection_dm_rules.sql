CREATE TYPE "public"."protection_source" AS ENUM('account', 'staff');--> statement-breakpoint
CREATE TYPE "public"."protection_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."dm_preference" AS ENUM('everyone', 'following', 'nobody');--> statement-breakpoint
CREATE TABLE "account_protections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL REFERENCES "accounts"("id") ON DELETE cascade,
	"channels" text[] NOT NULL,
	"until" timestamp with time zone,
	"source" "protection_source" NOT NULL,
	"set_by" uuid REFERENCES "staff"("id"),
	"reason" text DEFAULT '' NOT NULL,
	"status" "protection_status" DEFAULT 'active' NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_how" text,
	"ended_by" uuid REFERENCES "staff"("id"),
	CONSTRAINT "account_protections_channels_ck" CHECK (cardinality("channels") > 0 AND "channels" <@ ARRAY['stranger_dm', 'comment', 'forward', 'mention']::text[]),
	CONSTRAINT "account_protections_staff_until_ck" CHECK ("source" = 'account' OR "until" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_protections_active_uq" ON "account_protections" USING btree ("account_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "account_protections_until_idx" ON "account_protections" USING btree ("until") WHERE status = 'active' and until is not null;--> statement-breakpoint
CREATE INDEX "account_protections_account_idx" ON "account_protections" USING btree ("account_id","set_at");--> statement-breakpoint
CREATE TABLE "protection_prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL REFERENCES "accounts"("id") ON DELETE cascade,
	"channels" text[] NOT NULL,
	"hours" integer NOT NULL,
	"reason" text NOT NULL,
	"prompted_by" uuid NOT NULL REFERENCES "staff"("id"),
	"prompted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "protection_prompts_account_idx" ON "protection_prompts" USING btree ("account_id","prompted_at");--> statement-breakpoint
CREATE TABLE "dm_preferences" (
	"account_id" text PRIMARY KEY NOT NULL,
	"preference" "dm_preference" NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dm_rule_versions" (
	"version" serial PRIMARY KEY NOT NULL,
	"sender_limit" integer NOT NULL,
	"sender_window_minutes" integer NOT NULL,
	"recipient_limit" integer NOT NULL,
	"recipient_window_minutes" integer NOT NULL,
	"new_account_days" integer NOT NULL,
	"new_sender_limit" integer NOT NULL,
	"minor_recipient_limit" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid REFERENCES "staff"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The defaults in force until an admin saves others: version 1, by nobody.
INSERT INTO "dm_rule_versions" ("sender_limit", "sender_window_minutes", "recipient_limit", "recipient_window_minutes", "new_account_days", "new_sender_limit", "minor_recipient_limit", "note")
VALUES (20, 60, 50, 60, 7, 5, 10, 'defaults');--> statement-breakpoint
CREATE TABLE "dm_counters" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "dm_counters_pk" PRIMARY KEY("scope","key","window_start")
);
--> statement-breakpoint
CREATE INDEX "dm_counters_window_idx" ON "dm_counters" USING btree ("window_start");
