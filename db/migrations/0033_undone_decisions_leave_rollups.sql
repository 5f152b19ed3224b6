-- A decision undone by its moderator or reversed by a supervisor (0032) no longer counts as work done:
-- the decision rollups (0023, 0029) lose it in the transaction that undoes it, keyed exactly as the
-- insert trigger added it (the case's channel and category as they stand when the decision is marked,
-- which the undo does before it restores the case). The dashboard's reads from the rows skip undone
-- decisions too, and the compliance report lists the corrections on their own.
CREATE FUNCTION compliance_decision_undone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c cases%ROWTYPE;
  minor int;
  on_time int;
BEGIN
  SELECT * INTO c FROM cases WHERE id = NEW.case_id;
  minor := (c.involves_minor AND NEW.action <> 'escalate')::int;
  on_time := (c.involves_minor AND NEW.action <> 'escalate' AND NEW.decided_at <= c.due_at)::int;
  UPDATE compliance_daily_decisions SET n = n - 1, minors = minors - minor, minors_on_time = minors_on_time - on_time
    WHERE day = compliance_day(NEW.decided_at) AND channel = c.channel AND category_id = coalesce(c.category_id, '') AND action = NEW.action;
  UPDATE compliance_hourly_decisions SET n = n - 1, minors = minors - minor, minors_on_time = minors_on_time - on_time
    WHERE hour = compliance_hour(NEW.decided_at) AND channel = c.channel AND category_id = coalesce(c.category_id, '') AND action = NEW.action;
  UPDATE compliance_daily_staff
    SET decided = decided - (NEW.action <> 'escalate')::int, escalated = escalated - (NEW.action = 'escalate')::int
    WHERE day = compliance_day(NEW.decided_at) AND channel = c.channel AND staff_id = NEW.decided_by;
  UPDATE compliance_hourly_staff
    SET decided = decided - (NEW.action <> 'escalate')::int, escalated = escalated - (NEW.action = 'escalate')::int
    WHERE hour = compliance_hour(NEW.decided_at) AND channel = c.channel AND staff_id = NEW.decided_by;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decisions_undone_rollup AFTER UPDATE OF undone_at ON decisions
  FOR EACH ROW WHEN (OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL)
  EXECUTE FUNCTION compliance_decision_undone();
--> statement-breakpoint
-- The rebuild of 0029, counting only decisions that stand.
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
  CREATE TEMPORARY TABLE compliance_rebuild_decisions ON COMMIT DROP AS
  SELECT d.decided_at AS at, c.channel, coalesce(c.category_id, '') AS category_id, d.action, d.decided_by AS staff_id,
         c.involves_minor AND d.action <> 'escalate' AS minor, c.involves_minor AND d.action <> 'escalate' AND d.decided_at <= c.due_at AS on_time
  FROM decisions d JOIN cases c ON c.id = d.case_id
  WHERE d.undone_at IS NULL;
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
-- Decisions undone before this migration (0032 and 0033 land together, so normally none) leave the rollups.
SELECT compliance_rollups_rebuild() WHERE EXISTS (SELECT 1 FROM decisions WHERE undone_at IS NOT NULL);
