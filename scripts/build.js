// Builds the server into dist/ for plain `node dist/server.js` (docs/decisions/011-production-build.md).
// Plain JavaScript that needs only regular dependencies (esbuild-wasm when the native esbuild of a
// dev install is absent), so it also runs after `npm ci --omit=dev --omit=optional`. Every source file becomes one JavaScript file at the same
// place under dist/ (no bundle), and every other file under src/ (catalogues, CSV, JSON, CSS) is
// copied next to it, so each `new URL('…', import.meta.url)` resolves in dist/ as it does in src/;
// dist/ sits at the depth of src/, so `../../drizzle` still reaches the migrations.
// Skips the work when dist/ was built from exactly the current sources.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = path.join(root, 'src');
const distDir = path.join(root, 'dist');
const stampFile = '.build-stamp';

const isSource = (file) => /\.tsx?$/.test(file) && !/\.d\.ts$/.test(file);
const isTest = (file) => /\.test\.tsx?$/.test(file);
// Tests and module notes are not part of the running server.
const isShipped = (file) => !isTest(file) && !file.endsWith('.md');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/**
 * What the output depends on: every shipped file under src/, this script, the compiler options and
 * the lockfile (a new esbuild may emit differently).
 */
function sourceStamp(files) {
  const hash = createHash('sha256');
  const inputs = [...files, fileURLToPath(import.meta.url), 'tsconfig.json', 'package-lock.json'];
  for (const file of inputs.map((f) => path.resolve(root, f))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Native esbuild when it is installed (a dev install), else esbuild-wasm, the same compiler as
 * WebAssembly: slower to start, but with no platform binary, so it is there after any install.
 */
async function compiler() {
  try {
    const native = await import('esbuild');
    await native.transform('', {}); // starts the binary: throws when its platform package is missing
    return { name: 'esbuild', build: native.build };
  } catch {
    return { name: 'esbuild-wasm', build: (await import('esbuild-wasm')).build };
  }
}

const files = listFiles(srcDir).filter(isShipped);
const stamp = sourceStamp(files);
const stampPath = path.join(distDir, stampFile);
if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) process.exit(0);

const started = Date.now();
const esbuild = await compiler();
// Built beside dist/ and swapped in at the end, so a failed build leaves the previous one whole.
const next = `${distDir}.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: files.filter(isSource),
    outbase: srcDir,
    outdir: next,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Same JSX as tsconfig.json, stated here so the build does not depend on how esbuild reads it.
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const file of files.filter((f) => !isSource(f))) {
    const target = path.join(next, path.relative(srcDir, file));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(file, target);
  }
  writeFileSync(path.join(next, stampFile), stamp);
  const old = `${distDir}.old-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, old);
  renameSync(next, distDir);
  rmSync(old, { recursive: true, force: true });
} catch (err) {
  rmSync(next, { recursive: true, force: true });
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Built dist/ from ${files.length} files with ${esbuild.name} in ${seconds} s`);
