CREATE TYPE "public"."agency_action_status" AS ENUM('proposed', 'rejected', 'active', 'reversed');--> statement-breakpoint
CREATE TYPE "public"."agency_action_type" AS ENUM('warning', 'suspend_income', 'restrict_services', 'expel');--> statement-breakpoint
CREATE TYPE "public"."identity_flag_status" AS ENUM('open', 'verified', 'cleared', 'escalated');--> statement-breakpoint
CREATE TABLE "agency_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"type" "agency_action_type" NOT NULL,
	"status" "agency_action_status" DEFAULT 'proposed' NOT NULL,
	"reason" text NOT NULL,
	"incident_id" uuid,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"reversed_by" uuid,
	"reversed_at" timestamp with time zone,
	"reversal_reason" text
);
--> statement-breakpoint
CREATE TABLE "identity_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"old_handle" text DEFAULT '' NOT NULL,
	"old_display_name" text DEFAULT '' NOT NULL,
	"new_handle" text NOT NULL,
	"new_display_name" text NOT NULL,
	"incident_id" uuid NOT NULL,
	"matched_account_id" text NOT NULL,
	"matched_name" text NOT NULL,
	"matched_role" "party_role" NOT NULL,
	"status" "identity_flag_status" DEFAULT 'open' NOT NULL,
	"renamed_at" timestamp with time zone NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution_note" text
);
--> statement-breakpoint
ALTER TABLE "agency_actions" ADD CONSTRAINT "agency_actions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_actions" ADD CONSTRAINT "agency_actions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_actions" ADD CONSTRAINT "agency_actions_proposed_by_staff_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_actions" ADD CONSTRAINT "agency_actions_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_actions" ADD CONSTRAINT "agency_actions_reversed_by_staff_id_fk" FOREIGN KEY ("reversed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_flags" ADD CONSTRAINT "identity_flags_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_flags" ADD CONSTRAINT "identity_flags_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_flags" ADD CONSTRAINT "identity_flags_resolved_by_staff_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_actions_agency_idx" ON "agency_actions" USING btree ("agency_id","proposed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "agency_actions_proposed_idx" ON "agency_actions" USING btree ("proposed_at") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "agency_actions_incident_idx" ON "agency_actions" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "identity_flags_open_idx" ON "identity_flags" USING btree ("raised_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "identity_flags_account_idx" ON "identity_flags" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "identity_flags_incident_idx" ON "identity_flags" USING btree ("incident_id");