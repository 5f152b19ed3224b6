-- Signal ingest: a batch writes its buckets and its batch row only; the worker notes which keys have
-- new minutes (lib/signals/note.ts), once per run rather than once per batch per key.
-- Keys compare byte-wise: they are ids and normalised terms, never sorted for people, and the
-- bucket upsert's index work is cheaper without the locale's collation.
ALTER TABLE "signal_buckets" ALTER COLUMN "kind" TYPE text COLLATE "C", ALTER COLUMN "key" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "detector_state" ALTER COLUMN "kind" TYPE text COLLATE "C", ALTER COLUMN "key" TYPE text COLLATE "C";
--> statement-breakpoint
-- The worker reads the minutes of the batches it notes by range: buckets arrive in about minute
-- order, so a BRIN index serves that at almost no cost to the writes.
CREATE INDEX "signal_buckets_minute_brin" ON "signal_buckets" USING brin ("minute");
--> statement-breakpoint
-- Per kind, the first minute ever counted: a key first seen once its kind has a day of history is
-- a known quiet key, not a young one (lib/signals/detector.ts startState).
CREATE TABLE "signal_streams" (
	"kind" text COLLATE "C" PRIMARY KEY NOT NULL,
	"first_minute" integer NOT NULL
);
--> statement-breakpoint
-- Which batches the worker has yet to note, and the minutes each carried. Batches taken before this
-- migration were noted when they came in: they start noted.
ALTER TABLE "signal_batches" ADD COLUMN "min_minute" integer;
--> statement-breakpoint
UPDATE "signal_batches" SET "min_minute" = "max_minute";
--> statement-breakpoint
ALTER TABLE "signal_batches" ALTER COLUMN "min_minute" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "signal_batches" ADD COLUMN "noted" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "signal_batches" ALTER COLUMN "noted" SET DEFAULT false;
--> statement-breakpoint
CREATE INDEX "signal_batches_unnoted_idx" ON "signal_batches" USING btree ("received_at") WHERE NOT "noted";
--> statement-breakpoint
ALTER TABLE "detector_state" ADD COLUMN "quiet_start" boolean DEFAULT false NOT NULL;
