CREATE TYPE "public"."host_ban_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."live_room_status" AS ENUM('live', 'stopped', 'ended');--> statement-breakpoint
CREATE TABLE "host_bans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"host_account_id" text NOT NULL,
	"reason" text NOT NULL,
	"status" "host_ban_status" DEFAULT 'pending' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "live_rooms" (
	"section_id" uuid PRIMARY KEY NOT NULL,
	"host_account_id" text NOT NULL,
	"status" "live_room_status" DEFAULT 'live' NOT NULL,
	"viewers" integer DEFAULT 0 NOT NULL,
	"peak_viewers" integer DEFAULT 0 NOT NULL,
	"bullet_comments" integer DEFAULT 0 NOT NULL,
	"intercepted" integer DEFAULT 0 NOT NULL,
	"samples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"self_harm" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"stopped_by" uuid,
	"stopped_at" timestamp with time zone,
	"stop_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "host_bans" ADD CONSTRAINT "host_bans_section_id_live_rooms_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."live_rooms"("section_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_bans" ADD CONSTRAINT "host_bans_proposed_by_staff_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_bans" ADD CONSTRAINT "host_bans_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_stopped_by_staff_id_fk" FOREIGN KEY ("stopped_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "host_bans_pending_uq" ON "host_bans" USING btree ("section_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "host_bans_status_idx" ON "host_bans" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE INDEX "live_rooms_list_idx" ON "live_rooms" USING btree ("status","self_harm" DESC NULLS LAST,"opened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_rooms_host_idx" ON "live_rooms" USING btree ("host_account_id");