-- A published version of the standards is what decisions were taken under: it never changes.
-- Changes go into the next draft. Rows of a published version cannot be updated, deleted or added.
CREATE OR REPLACE FUNCTION standards_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published standards versions are immutable: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER standards_versions_published_no_update_delete BEFORE UPDATE OR DELETE ON standards_versions
  FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION standards_published_is_immutable();
--> statement-breakpoint
CREATE TRIGGER standards_versions_no_truncate BEFORE TRUNCATE ON standards_versions
  FOR EACH STATEMENT EXECUTE FUNCTION standards_published_is_immutable();
--> statement-breakpoint
-- A category row belongs to a published version when its version row says so, before or after the change.
CREATE OR REPLACE FUNCTION standards_category_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM standards_versions WHERE version = OLD.version AND status = 'published') THEN
    PERFORM standards_refuse(TG_OP);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM standards_versions WHERE version = NEW.version AND status = 'published') THEN
    PERFORM standards_refuse(TG_OP);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION standards_refuse(op text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published standards versions are immutable: % on standards_categories refused', op USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER standards_categories_published_guard BEFORE INSERT OR UPDATE OR DELETE ON standards_categories
  FOR EACH ROW EXECUTE FUNCTION standards_category_guard();
--> statement-breakpoint
CREATE TRIGGER standards_categories_no_truncate BEFORE TRUNCATE ON standards_categories
  FOR EACH STATEMENT EXECUTE FUNCTION standards_published_is_immutable();
