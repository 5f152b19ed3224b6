CREATE TABLE "signal_buckets" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"minute" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "signal_buckets_kind_key_minute_pk" PRIMARY KEY("kind","key","minute")
);
--> statement-breakpoint
CREATE TABLE "signal_batches" (
	"batch_id" text PRIMARY KEY NOT NULL,
	"api_key_id" uuid,
	"signals" integer NOT NULL,
	"max_minute" integer NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "signal_batches_max_minute_idx" ON "signal_batches" USING btree ("max_minute");
--> statement-breakpoint
CREATE TABLE "detector_state" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"processed_through" integer NOT NULL,
	"latest_minute" integer NOT NULL,
	"mean" double precision DEFAULT 0 NOT NULL,
	"age" integer DEFAULT 0 NOT NULL,
	"cusum" double precision DEFAULT 0 NOT NULL,
	"run_start" integer,
	"run_events" integer DEFAULT 0 NOT NULL,
	"run_minutes" integer DEFAULT 0 NOT NULL,
	"run_peak" integer DEFAULT 0 NOT NULL,
	"run_baseline" double precision DEFAULT 0 NOT NULL,
	"alarmed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "detector_state_kind_key_pk" PRIMARY KEY("kind","key")
);
--> statement-breakpoint
CREATE INDEX "detector_state_pending_idx" ON "detector_state" USING btree ("kind","key") WHERE latest_minute > processed_through;
--> statement-breakpoint
CREATE TABLE "early_warning_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('open', 'acknowledged', 'linked', 'dismissed');
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"began_at" timestamp with time zone NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"peak_rate" double precision NOT NULL,
	"baseline" double precision NOT NULL,
	"lift" double precision NOT NULL,
	"minor" boolean DEFAULT false NOT NULL,
	"status" "alert_status" DEFAULT 'open' NOT NULL,
	"incident_id" uuid,
	"dismiss_reason" text,
	"acted_by" uuid,
	"acted_at" timestamp with time zone,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"began_minute" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_surge_uq" ON "alerts" USING btree ("kind","key","began_minute");
--> statement-breakpoint
CREATE INDEX "alerts_detected_idx" ON "alerts" USING btree ("detected_at","id");
--> statement-breakpoint
CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status","minor","lift");
