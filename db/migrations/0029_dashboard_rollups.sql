-- Hourly rollups beside the daily ones of 0023 (issue 14). The dashboard's presets end "now", so a
-- 30-day view has a partial day at each end; reading those from the rows cost 1.7 s at 1M reports.
-- With hours kept too, lib/dashboard/queries.ts reads whole days from the daily rollups, the whole
-- hours of the edge days from these, and only the minutes before the first and after the last whole
-- hour from the rows. Hours are UTC hours, so they also serve any time zone whose offset is whole
-- hours (the daily rollups count Asia/Shanghai days only). Same triggers, same transactions.
CREATE FUNCTION compliance_hour(at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT to_timestamp(floor(extract(epoch FROM at) / 3600) * 3600)
$$;
--> statement-breakpoint
CREATE TABLE "compliance_hourly_received" (
  "hour" timestamp with time zone NOT NULL,
  "channel" "channel" NOT NULL,
  "category_id" text NOT NULL DEFAULT '',
  "n" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("hour", "channel", "category_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_hourly_decisions" (
  "hour" timestamp with time zone NOT NULL,
  "channel" "channel" NOT NULL,
  "category_id" text NOT NULL DEFAULT '',
  "action" "decision_action" NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "minors" integer NOT NULL DEFAULT 0,
  "minors_on_time" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("hour", "channel", "category_id", "action")
);
--> statement-breakpoint
CREATE TABLE "compliance_hourly_staff" (
  "hour" timestamp with time zone NOT NULL,
  "channel" "channel" NOT NULL,
  "staff_id" uuid NOT NULL,
  "decided" integer NOT NULL DEFAULT 0,
  "escalated" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("hour", "channel", "staff_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_hourly_first_action" (
  "hour" timestamp with time zone NOT NULL,
  "channel" "channel" NOT NULL,
  "bucket" smallint NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "secs" double precision NOT NULL DEFAULT 0,
  PRIMARY KEY ("hour", "channel", "bucket")
);
--> statement-breakpoint
-- Undecided cases by the hour their deadline falls in: "overdue now" and "minors' deadlines missed"
-- counted 390k index entries at 1M reports (0.5–1 s); now whole hours come from here and only the
-- current hour from the rows. Not a count of work done but of work waiting, so rows go up and down.
CREATE TABLE "compliance_open_due_hourly" (
  "hour" timestamp with time zone NOT NULL,
  "channel" "channel" NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "minors" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("hour", "channel")
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION compliance_reports_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_daily_received AS r (day, channel, category_id, n)
  SELECT compliance_day(received_at), channel, coalesce(category_id, ''), count(*)
  FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, channel, category_id) DO UPDATE SET n = r.n + excluded.n;
  INSERT INTO compliance_hourly_received AS r (hour, channel, category_id, n)
  SELECT compliance_hour(received_at), channel, coalesce(category_id, ''), count(*)
  FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (hour, channel, category_id) DO UPDATE SET n = r.n + excluded.n;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION compliance_decisions_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_daily_decisions AS r (day, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_day(d.decided_at), c.channel, coalesce(c.category_id, ''), d.action, count(*),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate'),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at)
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, channel, category_id, action) DO UPDATE
    SET n = r.n + excluded.n, minors = r.minors + excluded.minors, minors_on_time = r.minors_on_time + excluded.minors_on_time;
  INSERT INTO compliance_hourly_decisions AS r (hour, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_hour(d.decided_at), c.channel, coalesce(c.category_id, ''), d.action, count(*),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate'),
         count(*) FILTER (WHERE c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at)
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (hour, channel, category_id, action) DO UPDATE
    SET n = r.n + excluded.n, minors = r.minors + excluded.minors, minors_on_time = r.minors_on_time + excluded.minors_on_time;
  INSERT INTO compliance_daily_staff AS r (day, channel, staff_id, decided, escalated)
  SELECT compliance_day(d.decided_at), c.channel, d.decided_by,
         count(*) FILTER (WHERE d.action <> 'escalate'), count(*) FILTER (WHERE d.action = 'escalate')
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, channel, staff_id) DO UPDATE SET decided = r.decided + excluded.decided, escalated = r.escalated + excluded.escalated;
  INSERT INTO compliance_hourly_staff AS r (hour, channel, staff_id, decided, escalated)
  SELECT compliance_hour(d.decided_at), c.channel, d.decided_by,
         count(*) FILTER (WHERE d.action <> 'escalate'), count(*) FILTER (WHERE d.action = 'escalate')
  FROM new_rows d JOIN cases c ON c.id = d.case_id
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (hour, channel, staff_id) DO UPDATE SET decided = r.decided + excluded.decided, escalated = r.escalated + excluded.escalated;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION compliance_first_action_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  took double precision;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.first_action_at IS NOT NULL THEN
    took := extract(epoch FROM OLD.first_action_at - OLD.created_at)::float8;
    UPDATE compliance_daily_first_action SET n = n - 1, secs = secs - greatest(took, 0)
      WHERE day = compliance_day(OLD.first_action_at) AND channel = OLD.channel AND bucket = compliance_bucket(took);
    UPDATE compliance_hourly_first_action SET n = n - 1, secs = secs - greatest(took, 0)
      WHERE hour = compliance_hour(OLD.first_action_at) AND channel = OLD.channel AND bucket = compliance_bucket(took);
  END IF;
  IF NEW.first_action_at IS NOT NULL THEN
    took := extract(epoch FROM NEW.first_action_at - NEW.created_at)::float8;
    INSERT INTO compliance_daily_first_action AS r (day, channel, bucket, n, secs)
    VALUES (compliance_day(NEW.first_action_at), NEW.channel, compliance_bucket(took), 1, greatest(took, 0))
    ON CONFLICT (day, channel, bucket) DO UPDATE SET n = r.n + 1, secs = r.secs + excluded.secs;
    INSERT INTO compliance_hourly_first_action AS r (hour, channel, bucket, n, secs)
    VALUES (compliance_hour(NEW.first_action_at), NEW.channel, compliance_bucket(took), 1, greatest(took, 0))
    ON CONFLICT (hour, channel, bucket) DO UPDATE SET n = r.n + 1, secs = r.secs + excluded.secs;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Undecided cases arrive in batches (intake): one upsert per hour and channel of the statement.
CREATE FUNCTION compliance_open_due_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO compliance_open_due_hourly AS r (hour, channel, n, minors)
  SELECT compliance_hour(due_at), channel, count(*), count(*) FILTER (WHERE involves_minor)
  FROM new_rows WHERE status <> 'decided' GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (hour, channel) DO UPDATE SET n = r.n + excluded.n, minors = r.minors + excluded.minors;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_open_due_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_open_due_insert();
--> statement-breakpoint
-- A decision (or its undoing), a new deadline, channel or minor flag moves the count; claims touch
-- none of these columns, so the trigger does not fire for them.
CREATE FUNCTION compliance_open_due_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'decided' THEN
    UPDATE compliance_open_due_hourly SET n = n - 1, minors = minors - OLD.involves_minor::int
      WHERE hour = compliance_hour(OLD.due_at) AND channel = OLD.channel;
  END IF;
  IF NEW.status <> 'decided' THEN
    INSERT INTO compliance_open_due_hourly AS r (hour, channel, n, minors)
    VALUES (compliance_hour(NEW.due_at), NEW.channel, 1, NEW.involves_minor::int)
    ON CONFLICT (hour, channel) DO UPDATE SET n = r.n + 1, minors = r.minors + excluded.minors;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_open_due_update AFTER UPDATE OF status, due_at, channel, involves_minor ON cases
  FOR EACH ROW WHEN ((OLD.status = 'decided') IS DISTINCT FROM (NEW.status = 'decided')
    OR (NEW.status <> 'decided' AND (OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.channel IS DISTINCT FROM NEW.channel
      OR OLD.involves_minor IS DISTINCT FROM NEW.involves_minor)))
  EXECUTE FUNCTION compliance_open_due_update();
--> statement-breakpoint
CREATE FUNCTION compliance_open_due_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE compliance_open_due_hourly r SET n = r.n - o.n, minors = r.minors - o.minors
  FROM (SELECT compliance_hour(due_at) AS hour, channel, count(*)::int AS n, (count(*) FILTER (WHERE involves_minor))::int AS minors
        FROM old_rows WHERE status <> 'decided' GROUP BY 1, 2) o
  WHERE r.hour = o.hour AND r.channel = o.channel;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_open_due_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_open_due_delete();
--> statement-breakpoint
-- Rebuilds every rollup from the rows: the backfill below, and after bulk loads that bypass triggers.
CREATE OR REPLACE FUNCTION compliance_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM compliance_daily_received;
  DELETE FROM compliance_daily_decisions;
  DELETE FROM compliance_daily_staff;
  DELETE FROM compliance_daily_first_action;
  DELETE FROM compliance_hourly_received;
  DELETE FROM compliance_hourly_decisions;
  DELETE FROM compliance_hourly_staff;
  DELETE FROM compliance_hourly_first_action;
  DELETE FROM compliance_open_due_hourly;
  INSERT INTO compliance_daily_received (day, channel, category_id, n)
  SELECT compliance_day(received_at), channel, coalesce(category_id, ''), count(*) FROM reports GROUP BY 1, 2, 3;
  INSERT INTO compliance_hourly_received (hour, channel, category_id, n)
  SELECT compliance_hour(received_at), channel, coalesce(category_id, ''), count(*) FROM reports GROUP BY 1, 2, 3;
  -- Each decision with its case, once, for the four decision rollups.
  CREATE TEMPORARY TABLE compliance_rebuild_decisions ON COMMIT DROP AS
  SELECT d.decided_at AS at, c.channel, coalesce(c.category_id, '') AS category_id, d.action, d.decided_by AS staff_id,
         c.involves_minor AND d.action <> 'escalate' AS minor, c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at AS on_time
  FROM decisions d JOIN cases c ON c.id = d.case_id;
  INSERT INTO compliance_daily_decisions (day, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_day(at), channel, category_id, action, count(*), count(*) FILTER (WHERE minor), count(*) FILTER (WHERE on_time)
  FROM compliance_rebuild_decisions GROUP BY 1, 2, 3, 4;
  INSERT INTO compliance_hourly_decisions (hour, channel, category_id, action, n, minors, minors_on_time)
  SELECT compliance_hour(at), channel, category_id, action, count(*), count(*) FILTER (WHERE minor), count(*) FILTER (WHERE on_time)
  FROM compliance_rebuild_decisions GROUP BY 1, 2, 3, 4;
  INSERT INTO compliance_daily_staff (day, channel, staff_id, decided, escalated)
  SELECT compliance_day(at), channel, staff_id, count(*) FILTER (WHERE action <> 'escalate'), count(*) FILTER (WHERE action = 'escalate')
  FROM compliance_rebuild_decisions GROUP BY 1, 2, 3;
  INSERT INTO compliance_hourly_staff (hour, channel, staff_id, decided, escalated)
  SELECT compliance_hour(at), channel, staff_id, count(*) FILTER (WHERE action <> 'escalate'), count(*) FILTER (WHERE action = 'escalate')
  FROM compliance_rebuild_decisions GROUP BY 1, 2, 3;
  DROP TABLE compliance_rebuild_decisions;
  INSERT INTO compliance_daily_first_action (day, channel, bucket, n, secs)
  SELECT compliance_day(first_action_at), channel, compliance_bucket(extract(epoch FROM first_action_at - created_at)::float8),
         count(*), sum(greatest(extract(epoch FROM first_action_at - created_at)::float8, 0))
  FROM cases WHERE first_action_at IS NOT NULL GROUP BY 1, 2, 3;
  INSERT INTO compliance_hourly_first_action (hour, channel, bucket, n, secs)
  SELECT compliance_hour(first_action_at), channel, compliance_bucket(extract(epoch FROM first_action_at - created_at)::float8),
         count(*), sum(greatest(extract(epoch FROM first_action_at - created_at)::float8, 0))
  FROM cases WHERE first_action_at IS NOT NULL GROUP BY 1, 2, 3;
  INSERT INTO compliance_open_due_hourly (hour, channel, n, minors)
  SELECT compliance_hour(due_at), channel, count(*), count(*) FILTER (WHERE involves_minor)
  FROM cases WHERE status <> 'decided' GROUP BY 1, 2;
END;
$$;
--> statement-breakpoint
SELECT compliance_rollups_rebuild();
--> statement-breakpoint
-- One case per moderator, kept by a unique index instead of the advisory lock of 0025 (issue 15:
-- the lock and its function cost claims 0.78 of the bare UPDATE … SKIP LOCKED). A moderator holds
-- at most one undecided case; a second tab's claim that races the first meets the first's index
-- entry, waits for it to commit and fails, and the claim functions below answer with the case the
-- first tab took. Before the index can exist, an older hold whose lease ran out (the lock allowed
-- one beside a newer claim) goes back to the queue.
UPDATE cases SET claimed_by = NULL, lease_expires_at = NULL WHERE id IN (
  SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY claimed_by ORDER BY lease_expires_at DESC NULLS LAST, id) AS k
    FROM cases WHERE claimed_by IS NOT NULL AND status <> 'decided'
  ) holds WHERE k > 1);
--> statement-breakpoint
-- Replaces cases_claimed_by_idx ("which case do I hold?"): a claim updates every index of cases, so
-- the count of indexes stays as it was.
DROP INDEX "cases_claimed_by_idx";
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_held_by_uq" ON "cases" ("claimed_by") WHERE claimed_by IS NOT NULL AND status <> 'decided';
--> statement-breakpoint
DROP FUNCTION case_claim_held(uuid);
--> statement-breakpoint
-- Claim-next in one call: the case this moderator holds (its lease renewed, whether or not it ran
-- out), else the top unheld case of the queue or the top one whose lease ran out, in priority order.
-- The queue's status is a literal in each branch so that the planner proves the partial predicate of
-- cases_claimable_idx in a cached generic plan too. The held case is locked (FOR UPDATE): when
-- another moderator takes it over meanwhile (its lease had run out), the recheck drops it and the
-- claim goes on to the queue. The exception block only matters for the race between two tabs.
CREATE FUNCTION case_claim_next(moderator uuid, queue case_status, lease_minutes integer)
RETURNS TABLE (claimed_id uuid, claimed_status case_status, lease_ms double precision, reused boolean)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lease interval := make_interval(mins => greatest(1, lease_minutes));
BEGIN
  BEGIN
    IF queue = 'open' THEN
      RETURN QUERY
        WITH held AS (SELECT c.id FROM cases c WHERE c.claimed_by = moderator AND c.status <> 'decided' LIMIT 1 FOR UPDATE),
        unclaimed AS (SELECT c.id, c.priority, c.created_at FROM cases c WHERE c.status = 'open' AND c.status <> 'decided' AND c.claimed_by IS NULL
          ORDER BY c.priority DESC NULLS LAST, c.created_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED),
        expired AS (SELECT c.id, c.priority, c.created_at FROM cases c WHERE c.lease_expires_at < now() AND c.status = 'open'
          ORDER BY c.priority DESC NULLS LAST, c.created_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + lease
        WHERE c.id = coalesce((SELECT h.id FROM held h), (
          SELECT x.id FROM (SELECT * FROM unclaimed UNION ALL SELECT * FROM expired) x
          ORDER BY x.priority DESC NULLS LAST, x.created_at, x.id LIMIT 1))
        RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, (SELECT h.id FROM held h) IS NOT NULL;
    ELSE
      RETURN QUERY
        WITH held AS (SELECT c.id FROM cases c WHERE c.claimed_by = moderator AND c.status <> 'decided' LIMIT 1 FOR UPDATE),
        unclaimed AS (SELECT c.id, c.priority, c.created_at FROM cases c WHERE c.status = 'escalated' AND c.status <> 'decided' AND c.claimed_by IS NULL
          ORDER BY c.priority DESC NULLS LAST, c.created_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED),
        expired AS (SELECT c.id, c.priority, c.created_at FROM cases c WHERE c.lease_expires_at < now() AND c.status = 'escalated'
          ORDER BY c.priority DESC NULLS LAST, c.created_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + lease
        WHERE c.id = coalesce((SELECT h.id FROM held h), (
          SELECT x.id FROM (SELECT * FROM unclaimed UNION ALL SELECT * FROM expired) x
          ORDER BY x.priority DESC NULLS LAST, x.created_at, x.id LIMIT 1))
        RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, (SELECT h.id FROM held h) IS NOT NULL;
    END IF;
  EXCEPTION WHEN unique_violation THEN
    -- Another tab of this moderator claimed first and has committed: its case is the answer.
    RETURN QUERY
      UPDATE cases c SET lease_expires_at = now() + lease WHERE c.claimed_by = moderator AND c.status <> 'decided'
      RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, true;
  END;
END;
$$;
--> statement-breakpoint
-- Claims one particular case when nobody holds it (or their lease ran out) and it is undecided; no
-- row when someone does, or when this moderator's other tab claimed another case first.
CREATE FUNCTION case_claim_one(target uuid, moderator uuid, lease_minutes integer)
RETURNS TABLE (claimed_id uuid, claimed_status case_status, lease_ms double precision)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN QUERY
    UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + make_interval(mins => greatest(1, lease_minutes))
    WHERE c.id = target AND c.status <> 'decided' AND (c.claimed_by IS NULL OR c.claimed_by = moderator OR c.lease_expires_at < now())
    RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8;
EXCEPTION WHEN unique_violation THEN
  RETURN;
END;
$$;
