CREATE TYPE "public"."disclosure_status" AS ENUM('draft', 'in_review', 'sent_back', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."incident_link_kind" AS ENUM('account', 'section');--> statement-breakpoint
CREATE TYPE "public"."incident_risk" AS ENUM('low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."incident_status" AS ENUM('watching', 'active', 'contained', 'closed');--> statement-breakpoint
CREATE TYPE "public"."party_role" AS ENUM('targeted_person', 'originator', 'inciter', 'related_institution');--> statement-breakpoint
CREATE TYPE "public"."term_language" AS ENUM('zh', 'en');--> statement-breakpoint
CREATE TABLE "disclosure_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "disclosure_status" DEFAULT 'draft' NOT NULL,
	"title_en" text NOT NULL,
	"body_en" text NOT NULL,
	"title_zh" text NOT NULL,
	"body_zh" text NOT NULL,
	"measures" jsonb NOT NULL,
	"correction_note" text,
	"author_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_cases" (
	"incident_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_cases_incident_id_case_id_pk" PRIMARY KEY("incident_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "incident_links" (
	"incident_id" uuid NOT NULL,
	"kind" "incident_link_kind" NOT NULL,
	"ref" text NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_links_incident_id_kind_ref_pk" PRIMARY KEY("incident_id","kind","ref")
);
--> statement-breakpoint
CREATE TABLE "incident_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"handle" text DEFAULT '' NOT NULL,
	"role" "party_role" NOT NULL,
	"is_minor" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"source" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"stated_at" timestamp with time zone NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incident_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"term" text NOT NULL,
	"language" "term_language" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" "incident_status" DEFAULT 'watching' NOT NULL,
	"risk" "incident_risk" DEFAULT 'medium' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_author_id_staff_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_reviewed_by_staff_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_published_by_staff_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_cases" ADD CONSTRAINT "incident_cases_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_cases" ADD CONSTRAINT "incident_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_cases" ADD CONSTRAINT "incident_cases_linked_by_staff_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_links" ADD CONSTRAINT "incident_links_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_links" ADD CONSTRAINT "incident_links_linked_by_staff_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_statements" ADD CONSTRAINT "incident_statements_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_statements" ADD CONSTRAINT "incident_statements_published_by_staff_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_statements" ADD CONSTRAINT "incident_statements_withdrawn_by_staff_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_terms" ADD CONSTRAINT "incident_terms_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_versions_uq" ON "disclosure_versions" USING btree ("disclosure_id","version");--> statement-breakpoint
CREATE INDEX "disclosure_versions_published_idx" ON "disclosure_versions" USING btree ("published_at" DESC NULLS LAST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "disclosures_incident_idx" ON "disclosures" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_cases_case_idx" ON "incident_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "incident_links_ref_idx" ON "incident_links" USING btree ("kind","ref");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_parties_account_uq" ON "incident_parties" USING btree ("incident_id","account_id");--> statement-breakpoint
CREATE INDEX "incident_parties_account_idx" ON "incident_parties" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "incident_statements_current_idx" ON "incident_statements" USING btree ("incident_id","published_at" DESC NULLS LAST) WHERE withdrawn_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "incident_terms_uq" ON "incident_terms" USING btree ("incident_id",lower("term"));--> statement-breakpoint
CREATE INDEX "incident_terms_term_idx" ON "incident_terms" USING btree (lower("term"));--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status","updated_at" DESC NULLS LAST);