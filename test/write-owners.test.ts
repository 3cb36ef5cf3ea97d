import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

/*
 * One writer per table (issue 9, point 2): every table belongs to the module whose schema file
 * defines it (the kernel owns its audit tables), and only that module's code inserts, updates or
 * deletes its rows; other modules call its verbs. The owners are read from the schema files, the
 * writes from the source: Drizzle's `.insert(t)`, `.update(t)`, `.delete(t)` on an imported table,
 * and raw SQL `insert into` / `update` / `delete from` naming a table or interpolating one.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The module a file belongs to: `src/modules/<name>/…`, `kernel`, or `outside` (app, db, scripts, tests). */
function ownerOf(file: string): string {
  const module = /^src\/modules\/([^/]+)\//.exec(file);
  if (module) return module[1]!;
  return file.startsWith('src/kernel/') ? 'kernel' : 'outside';
}

interface Table {
  sqlName: string;
  exportName: string;
  owner: string;
  schemaFile: string;
}

const schemaFiles = [
  'src/kernel/audit/schema.ts',
  ...readdirSync(join(root, 'src/modules'))
    .map((m) => `src/modules/${m}/schema.ts`)
    .filter((f) => existsSync(join(root, f))),
];
/** Gathers every module's tables without owning any. */
const gatheringSchema = 'src/db/schema.ts';

/** Every table, from the schema file that defines it (`export const x = pgTable(…)`). */
async function loadTables(): Promise<Table[]> {
  const tables: Table[] = [];
  for (const schemaFile of schemaFiles) {
    const source = read(schemaFile);
    const exports: Record<string, unknown> = await import(join(root, schemaFile));
    for (const [exportName, value] of Object.entries(exports)) {
      if (!is(value, PgTable)) continue;
      if (!new RegExp(`export const ${exportName} = pgTable\\(`).test(source)) continue;
      tables.push({ sqlName: getTableName(value), exportName, owner: ownerOf(schemaFile), schemaFile });
    }
  }
  return tables;
}

/** Every TypeScript file under `dir`, as paths from the root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Write {
  file: string;
  line: number;
  table: string;
  owner: string;
  writer: string;
  how: string;
}

/** The tables a file's imports bring in: local name → table, and namespace name → its tables. */
function importedTables(file: string, source: string, tables: readonly Table[]) {
  const locals = new Map<string, Table>();
  const namespaces = new Map<string, readonly Table[]>();
  const tablesOf = (specifier: string): readonly Table[] => {
    if (!specifier.startsWith('.')) return [];
    const target = posix.normalize(posix.join(dirname(file), specifier)).replace(/\.js$/, '.ts');
    if (target === gatheringSchema) return tables;
    return tables.filter((t) => t.schemaFile === target);
  };
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const available = tablesOf(m[2]!);
    if (available.length === 0) continue;
    for (const part of m[1]!.split(',')) {
      const names = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part);
      const table = names && available.find((t) => t.exportName === names[1]);
      if (table) locals.set(names[2] ?? names[1]!, table);
    }
  }
  for (const m of source.matchAll(/import\s+\*\s+as\s+([\w$]+)\s+from\s*['"]([^'"]+)['"]/g)) {
    const available = tablesOf(m[2]!);
    if (available.length > 0) namespaces.set(m[1]!, available);
  }
  return { locals, namespaces };
}

/** The writes a file makes, on any table (commented-out lines aside). */
function writesIn(file: string, source: string, tables: readonly Table[]): Write[] {
  const { locals, namespaces } = importedTables(file, source, tables);
  const byReference = (name: string, member: string | undefined) =>
    member === undefined ? locals.get(name) : namespaces.get(name)?.find((t) => t.exportName === member);
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const isComment = (index: number) => /^\s*(\/\/|\/\*|\*)/.test(source.split('\n')[lineOf(index) - 1]!);
  const writes: Write[] = [];
  const add = (index: number, table: Table | undefined, how: string) => {
    if (!table || isComment(index)) return;
    const writer = ownerOf(file);
    writes.push({ file, line: lineOf(index), table: table.sqlName, owner: table.owner, writer, how });
  };

  for (const m of source.matchAll(/\.(insert|update|delete)\(\s*([\w$]+)(?:\.([\w$]+))?\s*\)/g)) {
    add(m.index, byReference(m[2]!, m[3]), `.${m[1]}()`);
  }
  const verbs = String.raw`\b(insert\s+into|update|delete\s+from)\s+`;
  const names = tables.map((t) => t.sqlName).join('|');
  for (const m of source.matchAll(new RegExp(`${verbs}"?(${names})"?(?![\\w$])`, 'gi'))) {
    add(
      m.index,
      tables.find((t) => t.sqlName === m[2]!.toLowerCase()),
      `SQL ${m[1]!.toLowerCase().replace(/\s+/, ' ')}`,
    );
  }
  for (const m of source.matchAll(
    new RegExp(String.raw`${verbs}\$\{\s*([\w$]+)(?:\.([\w$]+))?\s*\}`, 'gi'),
  )) {
    add(m.index, byReference(m[2]!, m[3]), `SQL ${m[1]!.toLowerCase().replace(/\s+/, ' ')}`);
  }
  return writes;
}

/**
 * Writes outside the owner that are being moved behind the owner's verbs. Each entry says why it is
 * still here; the last test fails once it no longer happens, so the list only ever shrinks.
 */
const pending: readonly { file: string; table: string; reason: string }[] = [];

const where = (w: Write) =>
  `${w.file}:${w.line} ${w.how} on ${w.table} (owned by ${w.owner}, written by ${w.writer})`;

const tables = await loadTables();
/*
 * Application code and scripts, including the modules' testing.ts helpers. Test files are left out:
 * they may arrange a case by writing a row the application would reach another way (an IATI-proposed
 * ledger entry, a user's language, a kernel verb exercised on the states table).
 */
const files = ['src', 'scripts'].flatMap(sourceFiles).filter((f) => !/\.test\.tsx?$/.test(f));
const crossWrites = files
  .flatMap((file) => writesIn(file, read(file), tables))
  .filter((w) => w.owner !== w.writer);
const isPending = (w: Write) => pending.some((p) => p.file === w.file && p.table === w.table);

describe('one writer per table', () => {
  it('finds the owner of every table in the schema files', () => {
    for (const file of files.filter((f) => !schemaFiles.includes(f))) {
      expect(read(file), `${file} defines a table outside a schema file`).not.toMatch(/\bpgTable\(/);
    }
    for (const file of schemaFiles) {
      const defined = read(file).match(/\bpgTable\(/g)?.length ?? 0;
      expect(
        tables.filter((t) => t.schemaFile === file),
        file,
      ).toHaveLength(defined);
    }
    const sqlNames = tables.map((t) => t.sqlName);
    expect(new Set(sqlNames).size).toBe(sqlNames.length);
    expect(tables.find((t) => t.sqlName === 'audit_entries')?.owner).toBe('kernel');
    expect(tables.find((t) => t.sqlName === 'needs')?.owner).toBe('cooperation');
  });

  it('has no module writing a table another module owns', () => {
    expect(crossWrites.filter((w) => !isPending(w)).map(where)).toEqual([]);
  });

  it('lists as pending only writes that still happen', () => {
    for (const p of pending) {
      expect(
        crossWrites.some((w) => w.file === p.file && w.table === p.table),
        `${p.file} no longer writes ${p.table}: remove it from the pending list`,
      ).toBe(true);
    }
  });

  it('sees a write from outside the owner, through Drizzle or raw SQL', () => {
    const planted = [
      "import { needs as n } from '../cooperation/schema.js';",
      "import * as schema from '../../db/schema.js';",
      'await tx.update(n).set({ status: "met" });',
      'await tx.delete(schema.outboxMessages);',
      'await tx.execute(sql`insert into "reports" (id) values (1)`);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: planted source that interpolates a table
      'await tx.execute(sql`delete from ${n} where id = 1`);',
      '// await tx.insert(n).values(row); (a comment is no write)',
    ].join('\n');
    const found = writesIn('src/modules/api/planted.ts', planted, tables).map(where);
    expect(found).toEqual([
      'src/modules/api/planted.ts:3 .update() on needs (owned by cooperation, written by api)',
      'src/modules/api/planted.ts:4 .delete() on outbox_messages (owned by outbox, written by api)',
      'src/modules/api/planted.ts:5 SQL insert into on reports (owned by reports, written by api)',
      'src/modules/api/planted.ts:6 SQL delete from on needs (owned by cooperation, written by api)',
    ]);
  });
});
