CREATE TYPE "public"."account_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('unverified', 'pending', 'verified');--> statement-breakpoint
CREATE TYPE "public"."appeal_status" AS ENUM('open', 'upheld', 'overturned');--> statement-breakpoint
CREATE TYPE "public"."case_role" AS ENUM('originator', 'frequent_publisher', 'inciter', 'participant');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('prepared', 'sent', 'acknowledged');--> statement-breakpoint
CREATE TYPE "public"."sanction_status" AS ENUM('proposed', 'rejected', 'active', 'ended', 'reversed');--> statement-breakpoint
CREATE TYPE "public"."sanction_type" AS ENUM('prepost_warning', 'warning', 'mute', 'dm_suspension', 'closure', 'registration_ban', 'referral');--> statement-breakpoint
CREATE TABLE "account_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"handle" text NOT NULL,
	"display_name" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"handle" text DEFAULT '' NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"verification" "verification_status" DEFAULT 'unverified' NOT NULL,
	"identity_hash" text,
	"is_minor" boolean DEFAULT false NOT NULL,
	"agency_id" uuid,
	"status" "account_status" DEFAULT 'active' NOT NULL,
	"registered_at" timestamp with time zone,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_memberships" (
	"agency_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "agency_memberships_agency_id_account_id_joined_at_pk" PRIMARY KEY("agency_id","account_id","joined_at")
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"sanction_id" uuid NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"status" "appeal_status" DEFAULT 'open' NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sanction_id" uuid NOT NULL,
	"status" "referral_status" DEFAULT 'prepared' NOT NULL,
	"manifest" jsonb NOT NULL,
	"bundle_sha256" text NOT NULL,
	"authority" text DEFAULT '' NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"prepared_by" uuid NOT NULL,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration_bans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identity_hash" text NOT NULL,
	"sanction_id" uuid NOT NULL,
	"until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sanction_cases" (
	"sanction_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "sanction_cases_sanction_id_case_id_pk" PRIMARY KEY("sanction_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "sanction_ladder_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" "case_role" NOT NULL,
	"min_strikes" integer NOT NULL,
	"type" "sanction_type" NOT NULL,
	"duration_hours" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"type" "sanction_type" NOT NULL,
	"status" "sanction_status" NOT NULL,
	"role" "case_role" NOT NULL,
	"reason" text NOT NULL,
	"category_id" text,
	"standards_version" integer,
	"incident_id" uuid,
	"suggestion" jsonb,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"duration_hours" integer,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"ended_at" timestamp with time zone,
	"reversed_by" uuid,
	"reversed_at" timestamp with time zone,
	"reversal_reason" text
);
--> statement-breakpoint
ALTER TABLE "account_names" ADD CONSTRAINT "account_names_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_memberships" ADD CONSTRAINT "agency_memberships_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_memberships" ADD CONSTRAINT "agency_memberships_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_prepared_by_staff_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_bans" ADD CONSTRAINT "registration_bans_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_ladder_steps" ADD CONSTRAINT "sanction_ladder_steps_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_proposed_by_staff_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_reversed_by_staff_id_fk" FOREIGN KEY ("reversed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_names_account_idx" ON "account_names" USING btree ("account_id","changed_at");--> statement-breakpoint
CREATE INDEX "accounts_handle_idx" ON "accounts" USING btree (lower("handle"));--> statement-breakpoint
CREATE INDEX "accounts_agency_idx" ON "accounts" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "accounts_identity_hash_idx" ON "accounts" USING btree ("identity_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_external_id_uq" ON "agencies" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "agency_memberships_account_idx" ON "agency_memberships" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_external_id_uq" ON "appeals" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "appeals_open_idx" ON "appeals" USING btree ("filed_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "appeals_sanction_idx" ON "appeals" USING btree ("sanction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_sanction_uq" ON "referrals" USING btree ("sanction_id");--> statement-breakpoint
CREATE INDEX "registration_bans_hash_idx" ON "registration_bans" USING btree ("identity_hash") WHERE lifted_at is null;--> statement-breakpoint
CREATE INDEX "sanction_cases_case_idx" ON "sanction_cases" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sanction_ladder_steps_uq" ON "sanction_ladder_steps" USING btree ("role","min_strikes");--> statement-breakpoint
CREATE INDEX "sanctions_account_idx" ON "sanctions" USING btree ("account_id","proposed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sanctions_proposed_idx" ON "sanctions" USING btree ("proposed_at") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "sanctions_expiry_idx" ON "sanctions" USING btree ("ends_at") WHERE status = 'active' and ends_at is not null;--> statement-breakpoint
CREATE INDEX "sanctions_incident_idx" ON "sanctions" USING btree ("incident_id");