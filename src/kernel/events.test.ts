import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engines, useFreshDatabase } from '../../test/db.js';
import { states } from '../modules/states/schema.js';
import { systemActor } from './actor.js';
import { auditEntries } from './audit/schema.js';
import { createContext } from './context.js';
import { defineEvent } from './events.js';
import { defineVerb } from './verb.js';

const renamed = defineEvent<{ iso3: string; name: string }>('test.renamed');
const heard: string[] = [];

// A publisher over a real table, and a system-level verb its subscriber calls.
const renameState = defineVerb({
  name: 'test.renameState',
  input: z.object({ iso3: z.string().length(3), name: z.string() }),
  allow: () => true,
  async run(ctx, input) {
    await ctx.db.update(states).set({ name: input.name }).where(eq(states.iso3, input.iso3));
    await renamed.publish(ctx, input);
    return { result: null, audit: [{ subjectType: 'state', subjectId: input.iso3 }] };
  },
});
const noteRename = defineVerb({
  name: 'test.noteRename',
  input: z.object({ iso3: z.string(), fail: z.boolean() }),
  allow: () => true,
  caller: 'system',
  async run(_ctx, input) {
    if (input.fail) throw new Error('the subscriber failed');
    return { result: null, audit: [{ subjectType: 'note', subjectId: input.iso3 }] };
  },
});

describe.each(engines)('events between modules on %s', (engine) => {
  const database = useFreshDatabase(engine);
  const nameOf = async (iso3: string) =>
    (await database().db.select({ name: states.name }).from(states).where(eq(states.iso3, iso3)))[0]?.name;

  it('delivers inside the publisher’s transaction, in wiring order; a failing subscriber undoes the write', async () => {
    const { db } = database();
    heard.length = 0; // the same test runs once per engine
    renamed.subscribe('first', async (ctx, e) => {
      heard.push(`first:${e.name}:${ctx.event}`);
      await noteRename(ctx, { iso3: e.iso3, fail: e.name === 'Fail' });
    });
    renamed.subscribe('second', async (_ctx, e) => {
      heard.push(`second:${e.name}`);
    });
    // Wiring again under the same id replaces, never doubles.
    renamed.subscribe('second', async (_ctx, e) => {
      heard.push(`second:${e.name}`);
    });
    expect(renamed.subscribers()).toEqual(['first', 'second']);

    const ctx = createContext(db, userActor());
    await renameState(ctx, { iso3: 'LBN', name: 'Renamed' });
    expect(heard).toEqual(['first:Renamed:test.renamed', 'second:Renamed']);
    expect(await nameOf('LBN')).toBe('Renamed');
    const notes = await db.select().from(auditEntries).where(eq(auditEntries.verb, 'test.noteRename'));
    expect(notes.map((n) => n.requestId)).toEqual([ctx.requestId]);

    await expect(renameState(ctx, { iso3: 'LBN', name: 'Fail' })).rejects.toThrow('the subscriber failed');
    expect(await nameOf('LBN')).toBe('Renamed');
  });

  it('a system-level verb is refused to a person calling it directly, and publishing needs a transaction', async () => {
    const { db } = database();
    await expect(noteRename(createContext(db, userActor()), { iso3: 'LBN', fail: false })).rejects.toThrow(
      /not called directly/,
    );
    await expect(
      noteRename(createContext(db, systemActor()), { iso3: 'LBN', fail: false }),
    ).resolves.toBeNull();
    await expect(
      renamed.publish({ ...createContext(db, systemActor()) } as never, { iso3: 'LBN', name: 'x' }),
    ).rejects.toThrow(/outside a transaction/);
  });
});

function userActor() {
  return { ...systemActor(), kind: 'user' as const, id: 'u1', label: 'A person', role: 'isu' as const };
}
