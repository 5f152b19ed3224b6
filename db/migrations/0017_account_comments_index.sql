-- The account page gathers an account's public comments from every comment section (notice III.1):
-- without this the lookup by author scans every comment. IF NOT EXISTS: the comments schema may
-- declare the same index later.
CREATE INDEX IF NOT EXISTS "comments_author_idx" ON "comments" USING btree ("author_account_id","posted_at" DESC);
