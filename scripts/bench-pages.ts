/**
 * The public pages `npm run bench` measures, one of each kind, each beside a static body of the same
 * size. bench-server.ts adds one need page (its id comes from the demonstration data).
 */
export const benchPages: Record<string, string> = {
  home: '/',
  states: '/states',
  stateProfile: '/states/LBN',
  deadlines: '/deadlines',
  needs: '/cooperation/needs',
  ledger: '/cooperation/ledger',
  meetings: '/meetings',
};

/** What every measured page must reach: half the static body's rate, and p99 under 25 ms. */
export const BENCH_MIN_RATIO = 0.5;
export const BENCH_MAX_P99_MS = 25;
/** Start-up of the production server on a data directory it has opened before. */
export const BENCH_MAX_STARTUP_MS = 3000;
