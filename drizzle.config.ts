import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied from code (db/migrate.ts) on both PGlite and Postgres.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
