import { describe, expect, it } from 'vitest';
import { createGate } from './gate.js';

describe('createGate', () => {
  it('runs at most its limit at once, refuses the next without running it, and frees a place on failure', async () => {
    const gate = createGate(2);
    const releases: Array<() => void> = [];
    const held = () =>
      gate.tryRun(
        () =>
          new Promise<string>((resolve) => {
            releases.push(() => resolve('done'));
          }),
      );
    const first = held();
    const second = held();
    expect(gate.active).toBe(2);
    let ran = false;
    expect(
      await gate.tryRun(async () => {
        ran = true;
      }),
    ).toEqual({ ok: false });
    expect(ran).toBe(false);
    for (const release of releases) release();
    expect(await first).toEqual({ ok: true, value: 'done' });
    expect(await second).toEqual({ ok: true, value: 'done' });
    expect(gate.active).toBe(0);
    await expect(gate.tryRun(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.active).toBe(0);
    expect(await gate.tryRun(async () => 1)).toEqual({ ok: true, value: 1 });
  });
});
