// `npm run bench`: requests per second and p99 latency of every kind of public page (bench-pages.ts)
// under a bounded local load, beside a static body of the same size served by the same process;
// then the start-up time of the production server on that data directory, reopened. Prints every
// figure and exits non-zero when a page falls under half the static rate, its p99 reaches 25 ms,
// or start-up takes more than 3 s.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { BENCH_MAX_P99_MS, BENCH_MAX_STARTUP_MS, BENCH_MIN_RATIO } from './bench-pages.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

const firstLine = (child: ChildProcess, match: (line: string) => boolean = () => true) =>
  new Promise<string>((resolve, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (match(line)) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
  });

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const { port, dataDir, pages } = JSON.parse(await firstLine(child)) as {
  port: number;
  dataDir: string;
  pages: Record<string, { path: string; bytes: number }>;
};

async function load(path: string) {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'accept-encoding': 'gzip' },
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p99LatencyMs: r.latency.p99,
    requests: r.requests.total,
  };
}

const freePort = async () => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
};

/** Milliseconds from starting `node dist/server.js` on `dir` to its "running" line. */
async function startUp(dir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dir,
    PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const server = spawn(process.execPath, ['dist/server.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await firstLine(server, (line) => line.includes('is running on'));
    return Math.round(performance.now() - started);
  } finally {
    await stop(server);
  }
}

const failures: string[] = [];
const result: Record<string, unknown> = { connections: CONNECTIONS, durationSeconds: DURATION_S };
try {
  for (const [name, { path, bytes }] of Object.entries(pages)) {
    const page = await load(path);
    const staticFile = await load(`/__static/${name}`);
    const ratio = Number((page.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3));
    result[name] = { path, bytes, page, staticSameSize: staticFile, ratio };
    console.error(
      `${name.padEnd(14)} ${String(page.requestsPerSecond).padStart(6)} req/s vs static ${String(staticFile.requestsPerSecond).padStart(6)}: ratio ${ratio.toFixed(2)}, p99 ${page.p99LatencyMs} ms`,
    );
    if (ratio < BENCH_MIN_RATIO) failures.push(`${name}: ratio ${ratio} < ${BENCH_MIN_RATIO}`);
    if (page.p99LatencyMs >= BENCH_MAX_P99_MS)
      failures.push(`${name}: p99 ${page.p99LatencyMs} ms >= ${BENCH_MAX_P99_MS} ms`);
  }
} finally {
  await stop(child);
}

// The production server, built as `npm start` builds it: a first start on the bench's data directory
// adds what start-up seeds; the second is the measured one, on a directory opened before.
execFileSync(process.execPath, ['scripts/build.js'], { stdio: ['ignore', 'ignore', 'inherit'] });
const firstStartMs = await startUp(dataDir);
const startUpMs = await startUp(dataDir);
result.startUp = { firstStartMs, reopenedMs: startUpMs, dataDir };
console.error(`start-up        first ${firstStartMs} ms, reopened ${startUpMs} ms`);
if (startUpMs > BENCH_MAX_STARTUP_MS) failures.push(`start-up: ${startUpMs} ms > ${BENCH_MAX_STARTUP_MS} ms`);

result.failures = failures;
console.log(JSON.stringify(result, null, 2));
if (failures.length > 0) {
  console.error(`bench: ${failures.length} target(s) missed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
