// `npm run bench:commit`: what a durable commit costs on the embedded engine. The same small
// transactions run on a data directory opened durably (as the app does) and with PGlite's default
// (fsync off), on the same disk; prints milliseconds per commit and commits per second as JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createEmbedded, fsyncCalls } from '../src/db/durable.js';

const COMMITS = Number(process.env.BENCH_COMMITS ?? 300);
// Beside the default data directory, so the disk is the one the app writes to (not a tmpfs).
const parent = path.resolve(process.env.BENCH_DIR ?? '.');

async function run(durable: boolean) {
  const dir = mkdtempSync(path.join(parent, '.bench-commit-'));
  try {
    const pg = await createEmbedded(path.join(dir, 'pglite'), { durable });
    await pg.exec('create table probe (id serial primary key, body text not null)');
    const syncsBefore = fsyncCalls.count;
    const times: number[] = [];
    for (let i = 0; i < COMMITS; i++) {
      const t0 = performance.now();
      await pg.query('insert into probe (body) values ($1)', [`row ${i}`]);
      times.push(performance.now() - t0);
    }
    const syncs = fsyncCalls.count - syncsBefore;
    await pg.close();
    times.sort((a, b) => a - b);
    const total = times.reduce((a, b) => a + b, 0);
    const at = (q: number) =>
      Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3));
    return {
      msPerCommitMean: Number((total / COMMITS).toFixed(3)),
      msPerCommitP50: at(0.5),
      msPerCommitP99: at(0.99),
      commitsPerSecond: Math.round((COMMITS * 1000) / total),
      fsyncsPerCommit: Number((syncs / COMMITS).toFixed(2)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fsyncOff = await run(false);
const durable = await run(true);
console.log(
  JSON.stringify(
    {
      commits: COMMITS,
      directory: parent,
      fsyncOff,
      durable,
      slowdown: Number((durable.msPerCommitMean / fsyncOff.msPerCommitMean).toFixed(2)),
    },
    null,
    2,
  ),
);
