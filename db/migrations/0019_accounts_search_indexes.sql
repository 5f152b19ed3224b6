CREATE INDEX "accounts_handle_trgm_idx" ON "accounts" USING gin ("handle" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_display_name_trgm_idx" ON "accounts" USING gin ("display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_updated_idx" ON "accounts" USING btree ("updated_at" DESC NULLS LAST,"id");