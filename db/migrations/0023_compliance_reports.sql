-- Compliance reports (notice V) and the daily rollups that let the dashboard and the reports count a
-- month of a busy platform without reading every row. Days are the organisation's calendar days
-- (Asia/Shanghai, as lib/i18n/request.ts); lib/dashboard/figures.ts reads whole days from the rollups
-- and the partial days at a period's edges from the rows themselves.
CREATE FUNCTION compliance_day(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (at AT TIME ZONE 'Asia/Shanghai')::date
$$;
--> statement-breakpoint
-- Time to first action in buckets 2^(1/16) wide (4.4 %); each bucket also keeps the sum of its
-- seconds, so a percentile reads the mean of its bucket: exact when a bucket holds one value.
CREATE FUNCTION compliance_bucket(secs double precision) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT floor(16 * ln(1 + greatest(secs, 0)) / ln(2))::smallint
$$;
--> statement-breakpoint
CREATE TABLE "compliance_daily_received" (
  "day" date NOT NULL,
  "channel" "channel" NOT NULL,
  "category_id" text NOT NULL DEFAULT '',
  "n" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("day", "channel", "category_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_daily_decisions" (
  "day" date NOT NULL,
  "channel" "channel" NOT NULL,
  "category_id" text NOT NULL DEFAULT '',
  "action" "decision_action" NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "minors" integer NOT NULL DEFAULT 0,
  "minors_on_time" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("day", "channel", "category_id", "action")
);
--> statement-breakpoint
CREATE TABLE "compliance_daily_staff" (
  "day" date NOT NULL,
  "channel" "channel" NOT NULL,
  "staff_id" uuid NOT NULL,
  "decided" integer NOT NULL DEFAULT 0,
  "escalated" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("day", "channel", "staff_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_daily_first_action" (
  "day" date NOT NULL,
  "channel" "channel" NOT NULL,
  "bucket" smallint NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "secs" double precision NOT NULL DEFAULT 0,
  PRIMARY KEY ("day", "channel", "bucket")
);
--> statement-breakpoint
-- The partial days at a period's edges are read from the rows: these make that a range scan.
-- The included columns let the edges be read from the indexes alone.
CREATE INDEX "reports_received_idx" ON "reports" ("received_at") INCLUDE ("channel", "category_id");
--> statement-breakpoint
CREATE INDEX "decisions_decided_idx" ON "decisions" ("decided_at") INCLUDE ("case_id", "action", "decided_by");
--> statement-breakpoint
CREATE INDEX "cases_first_action_idx" ON "cases" ("first_action_at") INCLUDE ("created_at", "channel") WHERE first_action_at IS NOT NULL;
--> statement-breakpoint
-- "Overdue now" counts undecided cases past their deadline by channel and minor flag: from the index alone.
CREATE INDEX "cases_open_due_covering_idx" ON "cases" ("due_at") INCLUDE ("involves_minor", "channel") WHERE status <> 'decided';
--> statement-breakpoint
-- Reports arrive in batches: one upsert per day, channel and category of the statement, in key order
-- so that concurrent batches take the rollup rows' locks in the same order.
CREATE FUNCTION compliance_reports_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_daily_received AS r (day, channel, category_id, n)
  SELECT compliance_day(received_at), channel, coalesce(category_id, ''), count(*)
  FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, channel, category_id) DO UPDATE SET n = r.n + excluded.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_compliance_rollup AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_reports_rollup();
--> statement-breakpoint
-- A decision counts under its case's channel and category as they stand when it is taken (decide
-- updates the case first, so a recategorised case counts under its new category).
CREATE FUNCTION compliance_decisions_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_daily_decisions AS r (day, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_day(d.decided_at), c.channel, coalesce(c.category_id, ''), d.action, count(*),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate'),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at)
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, channel, category_id, action) DO UPDATE
    SET n = r.n + excluded.n, minors = r.minors + excluded.minors, minors_on_time = r.minors_on_time + excluded.minors_on_time;
  INSERT INTO compliance_daily_staff AS r (day, channel, staff_id, decided, escalated)
  SELECT compliance_day(d.decided_at), c.channel, d.decided_by,
         count(*) FILTER (WHERE d.action <> 'escalate'), count(*) FILTER (WHERE d.action = 'escalate')
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, channel, staff_id) DO UPDATE SET decided = r.decided + excluded.decided, escalated = r.escalated + excluded.escalated;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decisions_compliance_rollup AFTER INSERT ON decisions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_decisions_rollup();
--> statement-breakpoint
-- A case's first action is counted when first_action_at is set, whichever statement sets it; a
-- change to it (or to the case's channel or receipt) moves the count.
CREATE FUNCTION compliance_first_action_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.first_action_at IS NOT NULL THEN
    UPDATE compliance_daily_first_action
      SET n = n - 1, secs = secs - greatest(extract(epoch FROM OLD.first_action_at - OLD.created_at)::float8, 0)
      WHERE day = compliance_day(OLD.first_action_at) AND channel = OLD.channel
        AND bucket = compliance_bucket(extract(epoch FROM OLD.first_action_at - OLD.created_at)::float8);
  END IF;
  IF NEW.first_action_at IS NOT NULL THEN
    INSERT INTO compliance_daily_first_action AS r (day, channel, bucket, n, secs)
    VALUES (compliance_day(NEW.first_action_at), NEW.channel,
            compliance_bucket(extract(epoch FROM NEW.first_action_at - NEW.created_at)::float8), 1,
            greatest(extract(epoch FROM NEW.first_action_at - NEW.created_at)::float8, 0))
    ON CONFLICT (day, channel, bucket) DO UPDATE SET n = r.n + 1, secs = r.secs + excluded.secs;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_compliance_first_action_insert AFTER INSERT ON cases
  FOR EACH ROW WHEN (NEW.first_action_at IS NOT NULL) EXECUTE FUNCTION compliance_first_action_rollup();
--> statement-breakpoint
CREATE TRIGGER cases_compliance_first_action_update AFTER UPDATE OF first_action_at, channel, created_at ON cases
  FOR EACH ROW WHEN (OLD.first_action_at IS DISTINCT FROM NEW.first_action_at OR OLD.channel IS DISTINCT FROM NEW.channel
    OR OLD.created_at IS DISTINCT FROM NEW.created_at) EXECUTE FUNCTION compliance_first_action_rollup();
--> statement-breakpoint
-- Rebuilds every rollup from the rows: the backfill below, and after bulk loads that bypass triggers.
CREATE FUNCTION compliance_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM compliance_daily_received;
  DELETE FROM compliance_daily_decisions;
  DELETE FROM compliance_daily_staff;
  DELETE FROM compliance_daily_first_action;
  INSERT INTO compliance_daily_received (day, channel, category_id, n)
  SELECT compliance_day(received_at), channel, coalesce(category_id, ''), count(*) FROM reports GROUP BY 1, 2, 3;
  INSERT INTO compliance_daily_decisions (day, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_day(d.decided_at), c.channel, coalesce(c.category_id, ''), d.action, count(*),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate'),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at)
  FROM decisions d JOIN cases c ON c.id = d.case_id GROUP BY 1, 2, 3, 4;
  INSERT INTO compliance_daily_staff (day, channel, staff_id, decided, escalated)
  SELECT compliance_day(d.decided_at), c.channel, d.decided_by,
         count(*) FILTER (WHERE d.action <> 'escalate'), count(*) FILTER (WHERE d.action = 'escalate')
  FROM decisions d JOIN cases c ON c.id = d.case_id GROUP BY 1, 2, 3;
  INSERT INTO compliance_daily_first_action (day, channel, bucket, n, secs)
  SELECT compliance_day(first_action_at), channel, compliance_bucket(extract(epoch FROM first_action_at - created_at)::float8),
         count(*), sum(greatest(extract(epoch FROM first_action_at - created_at)::float8, 0))
  FROM cases WHERE first_action_at IS NOT NULL GROUP BY 1, 2, 3;
END;
$$;
--> statement-breakpoint
SELECT compliance_rollups_rebuild();
--> statement-breakpoint
-- A generated compliance report: the period, who generated it, the figures as computed then.
CREATE TABLE "compliance_reports" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "period_kind" text NOT NULL,
  "period_label" text NOT NULL,
  "period_from" timestamp with time zone NOT NULL,
  "period_to" timestamp with time zone NOT NULL,
  "time_zone" text NOT NULL,
  "figures" jsonb NOT NULL,
  "generated_by" uuid NOT NULL REFERENCES "staff"("id"),
  "generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "compliance_reports_generated_idx" ON "compliance_reports" ("generated_at" DESC);
--> statement-breakpoint
-- Each file exactly as generated (CSV and PDF, English and Chinese) with its SHA-256: a download
-- hands over these bytes, never a re-rendering.
CREATE TABLE "compliance_report_files" (
  "report_id" uuid NOT NULL REFERENCES "compliance_reports"("id"),
  "format" text NOT NULL CHECK ("format" IN ('csv', 'pdf')),
  "locale" text NOT NULL CHECK ("locale" IN ('en', 'zh')),
  "bytes" bytea NOT NULL,
  "sha256" text NOT NULL,
  PRIMARY KEY ("report_id", "format", "locale")
);
--> statement-breakpoint
CREATE FUNCTION compliance_report_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'compliance reports are records: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER compliance_reports_no_update_delete BEFORE UPDATE OR DELETE ON compliance_reports
  FOR EACH ROW EXECUTE FUNCTION compliance_report_is_immutable();
--> statement-breakpoint
CREATE TRIGGER compliance_report_files_no_update_delete BEFORE UPDATE OR DELETE ON compliance_report_files
  FOR EACH ROW EXECUTE FUNCTION compliance_report_is_immutable();
