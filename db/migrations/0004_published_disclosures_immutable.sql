-- A published disclosure is a public record: it never changes. Corrections are new versions.
CREATE OR REPLACE FUNCTION disclosure_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published disclosure versions are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER disclosure_versions_published_no_update_delete BEFORE UPDATE OR DELETE ON disclosure_versions
  FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION disclosure_published_is_immutable();
--> statement-breakpoint
CREATE TRIGGER disclosure_versions_no_truncate BEFORE TRUNCATE ON disclosure_versions
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_published_is_immutable();
