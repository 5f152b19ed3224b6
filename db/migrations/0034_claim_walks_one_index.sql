-- Claim-next does what the bare SKIP LOCKED update does and nothing else on its common path: one walk
-- of cases_claimable_idx, one row updated. Migration 0029's version also looked up the moderator's
-- held case and the top expired lease on every claim (two more index descents, a union and a sort).
-- Now:
-- * a case this moderator holds is found by the unique index cases_held_by_uq itself: claiming a
--   second case violates it, and the handler renews and returns the held one (as 0029 did for the
--   race between two tabs), whether or not its lease ran out;
-- * a lease that ran out goes back to the queue at its place by the worker's leasesReleased job
--   (every 30 s; lib/reports/claim.ts releaseExpiredLeases), and is taken here at once only when
--   nothing unheld is left in the queue.
-- The queue's status stays a literal in each branch so that the planner proves the partial predicate
-- of cases_claimable_idx in a cached generic plan too.
CREATE OR REPLACE FUNCTION case_claim_next(moderator uuid, queue case_status, lease_minutes integer)
RETURNS TABLE (claimed_id uuid, claimed_status case_status, lease_ms double precision, reused boolean)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lease interval := make_interval(mins => greatest(1, lease_minutes));
BEGIN
  BEGIN
    IF queue = 'open' THEN
      RETURN QUERY
        UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + lease
        WHERE c.id = (SELECT u.id FROM cases u WHERE u.status = 'open' AND u.status <> 'decided' AND u.claimed_by IS NULL
          ORDER BY u.priority DESC NULLS LAST, u.created_at, u.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, false;
    ELSE
      RETURN QUERY
        UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + lease
        WHERE c.id = (SELECT u.id FROM cases u WHERE u.status = 'escalated' AND u.status <> 'decided' AND u.claimed_by IS NULL
          ORDER BY u.priority DESC NULLS LAST, u.created_at, u.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, false;
    END IF;
    IF NOT FOUND THEN
      -- Nothing unheld is left: the top case whose lease ran out, before the worker hands it back.
      RETURN QUERY
        UPDATE cases c SET claimed_by = moderator, lease_expires_at = now() + lease
        WHERE c.id = (SELECT u.id FROM cases u WHERE u.lease_expires_at < now() AND u.status = queue AND u.claimed_by IS NOT NULL
          ORDER BY u.priority DESC NULLS LAST, u.created_at, u.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, false;
    END IF;
  EXCEPTION WHEN unique_violation THEN
    -- This moderator holds a case (cases_held_by_uq), perhaps claimed by another tab a moment ago:
    -- that case is the answer, its lease renewed.
    RETURN QUERY
      UPDATE cases c SET lease_expires_at = now() + lease WHERE c.claimed_by = moderator AND c.status <> 'decided'
      RETURNING c.id, c.status, (extract(epoch FROM c.lease_expires_at) * 1000)::float8, true;
  END;
END;
$$;
