import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the one schema and run unchanged on PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
