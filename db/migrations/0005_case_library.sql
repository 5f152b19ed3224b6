CREATE TYPE "public"."example_language" AS ENUM('zh', 'en', 'mixed');--> statement-breakpoint
CREATE TYPE "public"."example_status" AS ENUM('proposed', 'accepted', 'retired');--> statement-breakpoint
CREATE TYPE "public"."example_verdict" AS ENUM('violation', 'not_violation');--> statement-breakpoint
CREATE TABLE "library_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"channel" "channel",
	"language" "example_language" NOT NULL,
	"category_id" text,
	"verdict" "example_verdict" NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_case_id" uuid,
	"status" "example_status" DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"redactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_examples" ADD CONSTRAINT "library_examples_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_examples" ADD CONSTRAINT "library_examples_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_examples" ADD CONSTRAINT "library_examples_proposed_by_staff_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_examples" ADD CONSTRAINT "library_examples_reviewed_by_staff_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_examples_text_trgm_idx" ON "library_examples" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "library_examples_tags_idx" ON "library_examples" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "library_examples_page_idx" ON "library_examples" USING btree ("status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "library_examples_category_idx" ON "library_examples" USING btree ("category_id","status");--> statement-breakpoint
CREATE INDEX "library_examples_verdict_idx" ON "library_examples" USING btree ("verdict","status");--> statement-breakpoint
CREATE INDEX "library_examples_channel_idx" ON "library_examples" USING btree ("channel","status");--> statement-breakpoint
CREATE INDEX "library_examples_language_idx" ON "library_examples" USING btree ("language","status");--> statement-breakpoint
CREATE INDEX "library_examples_source_case_idx" ON "library_examples" USING btree ("source_case_id");