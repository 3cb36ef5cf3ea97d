// `npm run bench`: requests per second and p99 latency of the main public pages (bench-pages.ts)
// under a bounded local load, beside a static body of the same size served by the same process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: child.stdout }).once('line', resolve);
  child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const { port, pages } = JSON.parse(first) as {
  port: number;
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

const result: Record<string, unknown> = { connections: CONNECTIONS, durationSeconds: DURATION_S };
try {
  for (const [name, { path, bytes }] of Object.entries(pages)) {
    const page = await load(path);
    const staticFile = await load(`/__static/${name}`);
    result[name] = {
      path,
      bytes,
      page,
      staticSameSize: staticFile,
      ratio: Number((page.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3)),
    };
  }
  console.log(JSON.stringify(result, null, 2));
} finally {
  child.kill('SIGTERM');
}
