import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, fromPostgres, migrateDatabase } from '../src/db/client.js';
import { seedReferenceStates } from '../src/modules/states/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/** Database URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Prepares, once per run, a migrated database loaded with the reference States: a PGlite data
 * dump and, when DATABASE_URL is set, a PostgreSQL template database. Each test then gets a fresh
 * copy of it, so every test run and every test uses its own database.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dir = path.resolve('.test-data', runId);
  mkdirSync(dir, { recursive: true });

  const lite = fromPglite(await PGlite.create());
  await migrateDatabase(lite);
  await seedReferenceStates(lite.db);
  const dump = await (lite.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
  const pgliteTemplate = path.join(dir, 'template.tar');
  writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  let postgresTemplate: string | null = null;
  const url = process.env.DATABASE_URL;
  const admin = url ? new pg.Client({ connectionString: url }) : null;
  if (url && admin) {
    await admin.connect();
    postgresTemplate = `ccm_test_${runId}_tpl`;
    await admin.query(`create database ${postgresTemplate}`);
    const tpl = fromPostgres(withDatabase(url, postgresTemplate), 2);
    await migrateDatabase(tpl);
    await seedReferenceStates(tpl.db);
    await tpl.close();
  }

  project.provide('runId', runId);
  project.provide('pgliteTemplate', pgliteTemplate);
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (admin) {
      const { rows } = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`ccm_test_${runId}_%`],
      );
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.end();
    }
  };
}
