import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { systemActor } from '../../kernel/actor.js';
import { isoDay } from '../../kernel/clock.js';
import { ensureDemoData } from './demo.js';
import { loadLedger } from './ledger/queries.js';
import { listNeeds } from './needs/queries.js';
import { assistanceEntries, exchangeRates, needs, offers } from './schema.js';

describe.each(engines)('the cooperation demonstration on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('fills every cooperation page once, marked as demonstration, and adds nothing the second time', async () => {
    const { db } = database();
    const first = await ensureDemoData(db, TEST_NOW);
    expect(first.reportsAdded).toBe(32);
    expect(first.needsAdded).toBeGreaterThan(0);
    expect(first.offersAdded).toBeGreaterThan(0);
    expect(first.ratesAdded).toBeGreaterThan(0);
    expect(first.entriesAdded).toBeGreaterThan(0);

    const tally = async () =>
      Promise.all(
        [needs, offers, exchangeRates, assistanceEntries].map(
          async (t) => (await db.select({ n: count() }).from(t))[0]?.n,
        ),
      );
    const before = await tally();
    expect(await ensureDemoData(db, TEST_NOW)).toEqual({
      reportsAdded: 0,
      needsAdded: 0,
      offersAdded: 0,
      ratesAdded: 0,
      entriesAdded: 0,
    });
    expect(await tally()).toEqual(before);

    // Open needs today (so matching has work) and flows with US dollar amounts (so charts do).
    const open = await listNeeds(db, { actor: systemActor(), today: isoDay(TEST_NOW), status: 'open' });
    expect(open.length).toBeGreaterThan(0);
    const ledger = await loadLedger(db);
    expect(ledger.some((r) => r.counted && r.usd !== null && r.usd > 0)).toBe(true);
    const stored = await db.select({ note: assistanceEntries.note }).from(assistanceEntries);
    for (const e of stored) expect(e.note).toMatch(/demonstration/i);
  });
});
