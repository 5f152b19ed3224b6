-- Races the console's rules must survive, enforced by the database rather than by a check that a
-- parallel request can slip between (issue 12, §2). Creating an index fails, naming the rows, if
-- an installation already holds duplicates: resolve them (decide the extra appeal or proposal) and
-- migrate again.

-- At most one open appeal per sanction.
CREATE UNIQUE INDEX IF NOT EXISTS "appeals_one_open_per_sanction_uq" ON "appeals" ("sanction_id") WHERE "status" = 'open';
--> statement-breakpoint
-- At most one proposal of each kind waiting per agency.
CREATE UNIQUE INDEX IF NOT EXISTS "agency_actions_one_proposed_uq" ON "agency_actions" ("agency_id", "type") WHERE "status" = 'proposed';
--> statement-breakpoint
-- A decided case becomes at most one live library example.
CREATE UNIQUE INDEX IF NOT EXISTS "library_examples_one_per_case_uq" ON "library_examples" ("source_case_id")
  WHERE "source_case_id" IS NOT NULL AND "status" <> 'retired';
--> statement-breakpoint
-- Fixed-window counters for rate limits (registration checks per API key, sign-in failures per
-- account and per client address): one row per key and window, incremented atomically with
-- INSERT … ON CONFLICT DO UPDATE … RETURNING, so parallel requests cannot all read the old count.
CREATE TABLE IF NOT EXISTS "rate_limit_windows" (
  "key" text NOT NULL,
  "window_start" timestamptz NOT NULL,
  "count" integer NOT NULL,
  PRIMARY KEY ("key", "window_start")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "rate_limit_windows_start_idx" ON "rate_limit_windows" ("window_start");
