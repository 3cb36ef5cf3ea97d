import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engines, useFreshDatabase } from '../../test/db.js';
import { states } from '../modules/states/schema.js';
import { systemActor } from './actor.js';
import { createContext, withTransaction } from './context.js';
import { cachedUntilWrite, currentDataVersion, ownsItsDatabase, readDataVersion } from './data-version.js';
import { defineVerb } from './verb.js';

const touch = defineVerb({
  name: 'test.touch',
  input: z.object({ name: z.string() }),
  allow: () => true,
  async run(ctx, input) {
    await ctx.db.update(states).set({ name: input.name }).where(eq(states.iso3, 'LBN'));
    return { result: null, audit: [{ subjectType: 'state', subjectId: 'LBN' }] };
  },
});

describe.each(engines)('data version cache on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('reuses a derived read until a verb commits, then recomputes', async () => {
    const { db } = database();
    let computed = 0;
    const read = () =>
      cachedUntilWrite(db, 'lbn-name', async () => {
        computed++;
        return (await db.select({ n: states.name }).from(states).where(eq(states.iso3, 'LBN')))[0]?.n;
      });
    const v0 = await readDataVersion(db);
    expect(await read()).toBe('Lebanon');
    expect(await read()).toBe('Lebanon');
    expect(computed).toBe(1);
    await touch(createContext(db, systemActor()), { name: 'Liban' });
    expect(await readDataVersion(db)).toBe(v0 + 1);
    expect(await read()).toBe('Liban');
    expect(computed).toBe(2);
  });

  it('never caches inside a transaction, so a verb sees its own writes', async () => {
    const { db } = database();
    await withTransaction(createContext(db, systemActor()), async (tx) => {
      const first = await cachedUntilWrite(tx.db, 'k', async () => 1);
      const second = await cachedUntilWrite(tx.db, 'k', async () => 2);
      expect([first, second]).toEqual([1, 2]);
    });
  });

  it('on a database this process owns, sees every committed write and no undone one', async () => {
    const { db } = database();
    ownsItsDatabase(db);
    const v0 = await currentDataVersion(db);
    expect(await currentDataVersion(db)).toBe(v0);
    await touch(createContext(db, systemActor()), { name: 'Liban' });
    expect(await currentDataVersion(db)).toBe(v0 + 1);
    expect(await currentDataVersion(db)).toBe(v0 + 1);
    // A transaction that fails changes nothing, and the version read after it is still right.
    await expect(
      withTransaction(createContext(db, systemActor()), async (tx) => {
        await touch(tx, { name: 'Líbano' });
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await currentDataVersion(db)).toBe(v0 + 1);
    await touch(createContext(db, systemActor()), { name: 'Líbano' });
    expect(await currentDataVersion(db)).toBe(v0 + 2);
  });
});
