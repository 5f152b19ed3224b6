CREATE TYPE "public"."comment_action_kind" AS ENUM('fold', 'remove');--> statement-breakpoint
CREATE TYPE "public"."comment_state" AS ENUM('visible', 'folded', 'removed');--> statement-breakpoint
CREATE TYPE "public"."video_review_status" AS ENUM('held', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "comment_action_items" (
	"action_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"state_before" "comment_state" NOT NULL,
	CONSTRAINT "comment_action_items_action_id_comment_id_pk" PRIMARY KEY("action_id","comment_id")
);
--> statement-breakpoint
CREATE TABLE "comment_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"kind" "comment_action_kind" NOT NULL,
	"filter" jsonb NOT NULL,
	"reason" text NOT NULL,
	"affected" integer NOT NULL,
	"acted_by" uuid NOT NULL,
	"acted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"author_account_id" text NOT NULL,
	"text" text NOT NULL,
	"category_id" text,
	"check_score" real,
	"state" "comment_state" DEFAULT 'visible' NOT NULL,
	"state_action_id" uuid,
	"posted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"author_account_id" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"incident_id" uuid,
	"pinned_statement_id" uuid,
	"pinned_by" uuid,
	"pinned_at" timestamp with time zone,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"flagged_count" integer DEFAULT 0 NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prepublication_videos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cover_text" text DEFAULT '' NOT NULL,
	"uploader_account_id" text NOT NULL,
	"risk_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"category_id" text,
	"check_score" real,
	"self_harm" boolean DEFAULT false NOT NULL,
	"incident_id" uuid,
	"status" "video_review_status" DEFAULT 'held' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"uploaded_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_action_items" ADD CONSTRAINT "comment_action_items_action_id_comment_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."comment_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_action_items" ADD CONSTRAINT "comment_action_items_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_actions" ADD CONSTRAINT "comment_actions_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_actions" ADD CONSTRAINT "comment_actions_acted_by_staff_id_fk" FOREIGN KEY ("acted_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_actions" ADD CONSTRAINT "comment_actions_undone_by_staff_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_pinned_statement_id_incident_statements_id_fk" FOREIGN KEY ("pinned_statement_id") REFERENCES "public"."incident_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_pinned_by_staff_id_fk" FOREIGN KEY ("pinned_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepublication_videos" ADD CONSTRAINT "prepublication_videos_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepublication_videos" ADD CONSTRAINT "prepublication_videos_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepublication_videos" ADD CONSTRAINT "prepublication_videos_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_actions_post_idx" ON "comment_actions" USING btree ("post_id","acted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "comments_external_uq" ON "comments" USING btree ("post_id","external_id");--> statement-breakpoint
CREATE INDEX "comments_post_idx" ON "comments" USING btree ("post_id","posted_at");--> statement-breakpoint
CREATE INDEX "comments_text_trgm_idx" ON "comments" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "posts_external_uq" ON "posts" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "posts_flagged_idx" ON "posts" USING btree ("flagged_count" DESC NULLS LAST,"posted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "prepublication_videos_external_uq" ON "prepublication_videos" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "prepublication_videos_queue_idx" ON "prepublication_videos" USING btree ("self_harm" DESC NULLS LAST,"received_at") WHERE status = 'held';