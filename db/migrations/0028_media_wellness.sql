-- Issue 13: the media itself, reviewer wellness, disclosures in both languages.

-- Each member's media preference; null follows the organisation default below.
ALTER TABLE "staff" ADD COLUMN "media_preference" text
  CHECK ("media_preference" IN ('blur_all', 'blur_sensitive', 'greyscale'));
--> statement-breakpoint
-- One row: the organisation's wellness defaults, set by an admin.
CREATE TABLE "wellness_settings" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "media_preference" text NOT NULL DEFAULT 'blur_all' CHECK ("media_preference" IN ('blur_all', 'blur_sensitive', 'greyscale')),
  "break_minutes" integer NOT NULL DEFAULT 50 CHECK ("break_minutes" BETWEEN 10 AND 480),
  "updated_by" uuid REFERENCES "staff"("id"),
  "updated_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
INSERT INTO "wellness_settings" ("id") VALUES (true);
--> statement-breakpoint
-- A held video's media (cover, thumbnails, the file) lives in an evidence snapshot like a report's,
-- so one proxy serves both and the hashes are covered by the snapshot's own hash.
ALTER TABLE "prepublication_videos" ADD COLUMN "evidence_id" uuid REFERENCES "evidence_snapshots"("id");
--> statement-breakpoint
-- When each language's text last changed, and when both were last known to be in step; publishing
-- or submitting with one language edited and the other not asks first.
ALTER TABLE "disclosure_versions" ADD COLUMN "en_changed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD COLUMN "zh_changed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD COLUMN "languages_synced_at" timestamp with time zone;
