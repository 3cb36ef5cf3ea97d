/**
 * At most `limit` runs of a costly task at once; beyond that the caller is told at once, so it can
 * answer "busy, try again" instead of queueing work the process may not have the memory for.
 */
export interface Gate {
  /** Runs `fn` if a place is free; `{ ok: false }` without running it otherwise. */
  tryRun<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
  /** Runs in progress. */
  readonly active: number;
}

export function createGate(limit: number): Gate {
  let active = 0;
  return {
    get active() {
      return active;
    },
    async tryRun(fn) {
      if (active >= limit) return { ok: false };
      active++;
      try {
        return { ok: true, value: await fn() };
      } finally {
        active--;
      }
    },
  };
}
