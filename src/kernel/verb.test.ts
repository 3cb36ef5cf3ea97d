import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engines, useFreshDatabase } from '../../test/db.js';
import { states } from '../modules/states/schema.js';
import { anonymous, systemActor } from './actor.js';
import { auditEntries } from './audit/schema.js';
import { createContext } from './context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from './errors.js';
import { typedNumber } from './numbers.js';
import { defineVerb } from './verb.js';

// A verb over a real table, to observe ordering, transactions and audit without a module's rules.
const renameState = defineVerb({
  name: 'test.renameState',
  input: z.object({ iso3: z.string().length(3), name: z.string().min(1), fail: z.boolean().default(false) }),
  allow: (a) => a.kind === 'system',
  permit: (_ctx, input) => input.iso3 !== 'CHL',
  async run(ctx, input) {
    const [before] = await ctx.db
      .select({ name: states.name })
      .from(states)
      .where(eq(states.iso3, input.iso3));
    await ctx.db.update(states).set({ name: input.name }).where(eq(states.iso3, input.iso3));
    if (input.fail) throw new Error('boom after the write');
    return {
      result: input.name,
      audit: [{ subjectType: 'state', subjectId: input.iso3, before, after: { name: input.name } }],
    };
  },
});

describe.each(engines)('defineVerb on %s', (engine) => {
  const database = useFreshDatabase(engine);
  const nameOf = async (iso3: string) =>
    (await database().db.select({ name: states.name }).from(states).where(eq(states.iso3, iso3)))[0]?.name;
  const auditCount = async () =>
    Number(
      (
        await database()
          .db.select({ n: sql<number>`count(*)` })
          .from(auditEntries)
          .where(eq(auditEntries.verb, 'test.renameState'))
      )[0]?.n,
    );

  it('writes and audits in one transaction', async () => {
    const ctx = createContext(database().db, systemActor('t'));
    await renameState(ctx, { iso3: 'LBN', name: 'Lebanon (renamed)' });
    expect(await nameOf('LBN')).toBe('Lebanon (renamed)');
    const [entry] = await database()
      .db.select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'test.renameState'));
    expect(entry).toMatchObject({
      actorLabel: 't',
      subjectId: 'LBN',
      before: { name: 'Lebanon' },
      after: { name: 'Lebanon (renamed)' },
    });
  });

  it('checks the actor before parsing: anonymous gets 401 even with garbage input', async () => {
    const err = await renameState(createContext(database().db, anonymous), 'garbage').catch((e) => e);
    expect(err).toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses invalid input with field errors and writes nothing', async () => {
    const err = await renameState(createContext(database().db, systemActor()), {
      iso3: 'LB',
      name: '',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors).sort()).toEqual(['iso3', 'name']);
    expect(await auditCount()).toBe(0);
  });

  it('refuses by the fine permission inside the transaction and writes nothing', async () => {
    const err = await renameState(createContext(database().db, systemActor()), {
      iso3: 'CHL',
      name: 'X',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect(await nameOf('CHL')).toBe('Chile');
  });

  it('rolls back the write and its audit when the verb fails after writing', async () => {
    await expect(
      renameState(createContext(database().db, systemActor()), { iso3: 'LBN', name: 'Half', fail: true }),
    ).rejects.toThrow('boom');
    expect(await nameOf('LBN')).toBe('Lebanon');
    expect(await auditCount()).toBe(0);
  });
});

describe('defineVerb reads numbers typed as text in the language of its context', () => {
  const database = useFreshDatabase('pglite');
  const echo = defineVerb({
    name: 'test.echoAmount',
    input: z.object({ amount: typedNumber('x:amount') }),
    allow: (a) => a.kind === 'system',
    run: async (_ctx, input) => ({ result: input.amount, audit: [] }),
  });

  it('"1 100 000" in French and "1,100,000" in English are the same amount; English by default', async () => {
    const { db } = database();
    const fr = await echo(createContext(db, systemActor('t'), { locale: 'fr' }), { amount: '1 100 000' });
    const en = await echo(createContext(db, systemActor('t'), { locale: 'en' }), { amount: '1,100,000' });
    expect([fr, en]).toEqual([1_100_000, 1_100_000]);
    expect(await echo(createContext(db, systemActor('t')), { amount: 2.5 })).toBe(2.5);
    await expect(
      echo(createContext(db, systemActor('t'), { locale: 'fr' }), { amount: '1,100,000' }),
    ).rejects.toThrow(ValidationError);
  });
});
