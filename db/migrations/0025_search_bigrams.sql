-- Library search for one- and two-character Chinese queries, and "similar cases" by MinHash/LSH.
-- Trigrams cannot serve a query shorter than three characters, so each example also keeps its
-- character grams (CJK unigrams and bigrams, Latin words) in an array under a GIN index, the design
-- pg_bigm uses, built from core Postgres only so that it runs the same on Postgres 15 and on PGlite.
-- Near-duplicates are found by MinHash signatures of character shingles with LSH band keys, also an
-- indexed array. A trigger keeps the three columns in step with the text and tags on every write.

-- The normalised searchable form: width folded (NFKC), lower case. The same as lib/library/search-query.ts.
CREATE FUNCTION library_normalise(doc text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(normalize(coalesce(doc, ''), NFKC)) $$;
--> statement-breakpoint
-- Every CJK character and every pair of adjacent CJK characters (one- and two-character queries need
-- both), and every Latin/digit word of three or more characters (for similar-case candidates).
CREATE FUNCTION library_search_grams(doc text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(r.m[1], i, n) AS g
    FROM regexp_matches(library_normalise(doc), '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+)', 'g') AS r(m),
      (VALUES (1), (2)) AS k(n),
      generate_series(1, char_length(r.m[1]) - n + 1) AS i
    UNION ALL
    SELECT left(w.m[1], 40) FROM regexp_matches(library_normalise(doc), '([a-z0-9]{3,})', 'g') AS w(m)
  ) grams
$$;
--> statement-breakpoint
-- One-permutation MinHash over 32 bins of the text's character 3-shingles (spaces and punctuation
-- dropped): one hash per shingle, its low 5 bits pick the bin, the next 26 bits are the value, the
-- bin keeps its minimum. Empty bins borrow the next filled bin's value marked with the distance
-- (rotation densification; borrowed values are negative), so two signatures agree in a bin with
-- probability about their Jaccard similarity. NULL when the text has no shingle at all.
CREATE FUNCTION library_minhash(doc text) RETURNS int[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  d text := regexp_replace(library_normalise(doc), '[[:space:][:punct:]，。、！？；：“”‘’（）《》【】「」『』…—～·￥]+', '', 'g');
  sig int[] := array_fill(NULL::int, ARRAY[32]);
  b int;
  v int;
  k int;
  dist int;
BEGIN
  IF char_length(d) < 3 THEN RETURN NULL; END IF;
  FOR b, v IN
    SELECT h & 31, min((h >> 5) & 67108863)
    FROM (SELECT hashtext(substr(d, i, 3)) AS h FROM generate_series(1, char_length(d) - 2) AS i) s
    GROUP BY 1
  LOOP
    sig[b + 1] := v;
  END LOOP;
  FOR k IN 1..32 LOOP
    IF sig[k] IS NULL THEN
      dist := 1;
      WHILE sig[((k - 1 + dist) % 32) + 1] IS NULL OR sig[((k - 1 + dist) % 32) + 1] < 0 LOOP
        dist := dist + 1;
      END LOOP;
      sig[k] := -(sig[((k - 1 + dist) % 32) + 1] | (dist << 26));
    END IF;
  END LOOP;
  RETURN sig;
END
$$;
--> statement-breakpoint
-- Eight bands of four bins, each hashed to one key: two texts share a key with probability s^4 per
-- band, about 0.4 at Jaccard 0.5 and 0.97 at 0.8 over eight bands, and hardly ever below 0.2. Texts
-- filling fewer than eight bins (under about eight shingles) get no keys, their bins being mostly
-- borrowed: similar cases find those through the gram index instead.
CREATE FUNCTION library_lsh_bands(sig int[], doc text) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN sig IS NULL OR (SELECT count(*) FROM unnest(sig) x WHERE x >= 0) < 8 THEN '{}'::int[]
    ELSE ARRAY(SELECT hashtext(b || ':' || array_to_string(sig[b * 4 + 1:b * 4 + 4], ',')) FROM generate_series(0, 7) AS b ORDER BY b) END
$$;
--> statement-breakpoint
ALTER TABLE "library_examples" ADD COLUMN "search_grams" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "library_examples" ADD COLUMN "minhash" int[];
--> statement-breakpoint
ALTER TABLE "library_examples" ADD COLUMN "lsh_bands" int[] DEFAULT '{}'::int[] NOT NULL;
--> statement-breakpoint
-- Tags are searched with the text: a newline between them, which no normalised query contains.
CREATE FUNCTION library_examples_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_grams := library_search_grams(NEW.text || E'\n' || array_to_string(NEW.tags, E'\n'));
  NEW.minhash := library_minhash(NEW.text);
  NEW.lsh_bands := library_lsh_bands(NEW.minhash, NEW.text);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER library_examples_search_columns BEFORE INSERT OR UPDATE OF text, tags ON library_examples
  FOR EACH ROW EXECUTE FUNCTION library_examples_search_columns();
--> statement-breakpoint
UPDATE library_examples SET text = text;
--> statement-breakpoint
CREATE INDEX "library_examples_grams_idx" ON "library_examples" USING gin ("search_grams");
--> statement-breakpoint
CREATE INDEX "library_examples_lsh_idx" ON "library_examples" USING gin ("lsh_bands");
--> statement-breakpoint
-- One case per moderator, also when several tabs claim at once. Each claim first takes a
-- transaction-scoped advisory lock on the staff member (other moderators never wait), then looks
-- for a case they hold. Being a VOLATILE function, that lookup gets a fresh snapshot after the lock,
-- so it sees the case a parallel claim by the same person committed while this one waited; the
-- claim statement itself took its snapshot before and could not.
CREATE FUNCTION case_claim_held(staff uuid) RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1130, hashtext(staff::text));
  RETURN (SELECT id FROM cases WHERE claimed_by = staff AND lease_expires_at > now() AND status <> 'decided' LIMIT 1);
END
$$;
