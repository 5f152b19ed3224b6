CREATE TYPE "public"."standards_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "standards_categories" (
	"version" integer NOT NULL,
	"category_id" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"definition_en" text DEFAULT '' NOT NULL,
	"definition_zh" text DEFAULT '' NOT NULL,
	"indicators_en" text DEFAULT '' NOT NULL,
	"indicators_zh" text DEFAULT '' NOT NULL,
	"not_cyberviolence_en" text DEFAULT '' NOT NULL,
	"not_cyberviolence_zh" text DEFAULT '' NOT NULL,
	"severity" integer NOT NULL,
	"default_action" "decision_action" NOT NULL,
	"due_minutes" integer NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standards_categories_version_category_id_pk" PRIMARY KEY("version","category_id"),
	CONSTRAINT "standards_categories_severity" CHECK (severity between 1 and 4),
	CONSTRAINT "standards_categories_due" CHECK (due_minutes > 0),
	CONSTRAINT "standards_categories_action" CHECK (default_action <> 'not_violation')
);
--> statement-breakpoint
CREATE TABLE "standards_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"status" "standards_status" DEFAULT 'draft' NOT NULL,
	"change_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "standards_published_complete" CHECK (status = 'draft' or (published_at is not null and change_note is not null))
);
--> statement-breakpoint
ALTER TABLE "standards_categories" ADD CONSTRAINT "standards_categories_version_standards_versions_version_fk" FOREIGN KEY ("version") REFERENCES "public"."standards_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards_versions" ADD CONSTRAINT "standards_versions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards_versions" ADD CONSTRAINT "standards_versions_published_by_staff_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standards_categories_category_idx" ON "standards_categories" USING btree ("category_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "standards_one_draft_uq" ON "standards_versions" USING btree ("status") WHERE status = 'draft';