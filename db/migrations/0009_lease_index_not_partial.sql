DROP INDEX "cases_lease_idx";--> statement-breakpoint
CREATE INDEX "cases_lease_idx" ON "cases" USING btree ("lease_expires_at");