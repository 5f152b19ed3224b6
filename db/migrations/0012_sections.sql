CREATE TYPE "public"."section_closure_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."section_closure_target" AS ENUM('section', 'group_account');--> statement-breakpoint
CREATE TYPE "public"."section_kind" AS ENUM('topic', 'group', 'board', 'entry', 'live_room');--> statement-breakpoint
CREATE TYPE "public"."section_rule_match" AS ENUM('substring', 'glob');--> statement-breakpoint
CREATE TYPE "public"."section_status" AS ENUM('open', 'dispersed', 'creation_suspended', 'closed');--> statement-breakpoint
CREATE TABLE "section_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"target" "section_closure_target" DEFAULT 'section' NOT NULL,
	"incident_id" uuid,
	"reason" text NOT NULL,
	"status" "section_closure_status" DEFAULT 'pending' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "section_dispersals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"incident_id" uuid,
	"previous_status" "section_status" NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"dispersed_by" uuid NOT NULL,
	"dispersed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_by" uuid,
	"restored_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "section_name_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pattern" text NOT NULL,
	"match" "section_rule_match" DEFAULT 'substring' NOT NULL,
	"kinds" "section_kind"[],
	"until" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"incident_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "section_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"name" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "section_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"section_id" uuid NOT NULL,
	"author_account_id" text NOT NULL,
	"author_created_at" timestamp with time zone,
	"text" text NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"self_harm" boolean DEFAULT false NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	"folded_by_dispersal_id" uuid,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"kind" "section_kind" NOT NULL,
	"name" text NOT NULL,
	"owner_account_id" text,
	"status" "section_status" DEFAULT 'open' NOT NULL,
	"heat_per_hour" integer DEFAULT 0 NOT NULL,
	"flagged_items" integer DEFAULT 0 NOT NULL,
	"total_items" integer DEFAULT 0 NOT NULL,
	"self_harm_items" integer DEFAULT 0 NOT NULL,
	"incident_id" uuid,
	"linked_by" uuid,
	"bot_accounts" integer DEFAULT 0 NOT NULL,
	"bot_suspected_at" timestamp with time zone,
	"suspended_by_rule_id" uuid,
	"platform_created_at" timestamp with time zone,
	"activity_at" timestamp with time zone,
	"dispersed_at" timestamp with time zone,
	"dispersed_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "section_closures" ADD CONSTRAINT "section_closures_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_closures" ADD CONSTRAINT "section_closures_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_closures" ADD CONSTRAINT "section_closures_proposed_by_staff_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_closures" ADD CONSTRAINT "section_closures_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_dispersals" ADD CONSTRAINT "section_dispersals_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_dispersals" ADD CONSTRAINT "section_dispersals_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_dispersals" ADD CONSTRAINT "section_dispersals_dispersed_by_staff_id_fk" FOREIGN KEY ("dispersed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_dispersals" ADD CONSTRAINT "section_dispersals_restored_by_staff_id_fk" FOREIGN KEY ("restored_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_name_rules" ADD CONSTRAINT "section_name_rules_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_name_rules" ADD CONSTRAINT "section_name_rules_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_name_rules" ADD CONSTRAINT "section_name_rules_revoked_by_staff_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_names" ADD CONSTRAINT "section_names_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_posts" ADD CONSTRAINT "section_posts_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_posts" ADD CONSTRAINT "section_posts_folded_by_dispersal_id_section_dispersals_id_fk" FOREIGN KEY ("folded_by_dispersal_id") REFERENCES "public"."section_dispersals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_linked_by_staff_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_dispersed_by_staff_id_fk" FOREIGN KEY ("dispersed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_closed_by_staff_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "section_closures_pending_uq" ON "section_closures" USING btree ("section_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "section_closures_status_idx" ON "section_closures" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "section_dispersals_current_uq" ON "section_dispersals" USING btree ("section_id") WHERE restored_at is null;--> statement-breakpoint
CREATE INDEX "section_dispersals_incident_idx" ON "section_dispersals" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "section_name_rules_until_idx" ON "section_name_rules" USING btree ("until") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "section_names_section_idx" ON "section_names" USING btree ("section_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "section_posts_external_uq" ON "section_posts" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "section_posts_section_idx" ON "section_posts" USING btree ("section_id","posted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "section_posts_dispersal_idx" ON "section_posts" USING btree ("folded_by_dispersal_id");--> statement-breakpoint
CREATE INDEX "section_posts_text_trgm_idx" ON "section_posts" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sections_external_uq" ON "sections" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "sections_heat_idx" ON "sections" USING btree ("heat_per_hour" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "sections_status_idx" ON "sections" USING btree ("status");--> statement-breakpoint
CREATE INDEX "sections_incident_idx" ON "sections" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "sections_name_trgm_idx" ON "sections" USING gin ("name" gin_trgm_ops);