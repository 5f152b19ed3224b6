-- Pre-check outcomes as hourly counts instead of one row per checked text: a 1,000-item request wrote
-- 1,000 rows (a third of its time), and the threshold preview only ever read them grouped by kind,
-- category, score in hundredths and decision. Now a request adds to at most a few dozen rows.
CREATE TABLE "precheck_outcome_counts" (
	"hour" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"category_id" text,
	"score_cents" smallint NOT NULL CHECK ("score_cents" BETWEEN 0 AND 100),
	"decision" text NOT NULL,
	"model_version" uuid NOT NULL,
	"count" integer NOT NULL CHECK ("count" > 0),
	-- A text the model put in no category still adds to one row per hour, not one per request.
	CONSTRAINT "precheck_outcome_counts_key" UNIQUE NULLS NOT DISTINCT ("hour", "kind", "category_id", "score_cents", "decision", "model_version")
);
--> statement-breakpoint
INSERT INTO "precheck_outcome_counts" ("hour", "kind", "category_id", "score_cents", "decision", "model_version", "count")
SELECT date_trunc('hour', "decided_at"), "kind", "category_id", least(100, greatest(0, floor("score" * 100)))::smallint, "decision", "model_version", count(*)
FROM "precheck_outcomes" WHERE "model_version" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
DROP TABLE "precheck_outcomes";
--> statement-breakpoint
-- The nearest accepted library example a flagged comment or held video was found near: the
-- explanation a moderator reads beside it (bullet comments keep it in their room's samples).
ALTER TABLE "comments" ADD COLUMN "nearest_example_id" uuid REFERENCES "library_examples"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "prepublication_videos" ADD COLUMN "nearest_example_id" uuid REFERENCES "library_examples"("id") ON DELETE SET NULL;
--> statement-breakpoint
-- What a case's risk score was computed with ("<model version>:<standards version>"): after a
-- promotion or a publication the worker rescores the undecided cases whose basis differs.
ALTER TABLE "cases" ADD COLUMN "risk_basis" text;
--> statement-breakpoint
CREATE INDEX "cases_risk_basis_idx" ON "cases" USING btree ("risk_basis") WHERE "status" <> 'decided';
