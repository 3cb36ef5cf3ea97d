import { readFileSync } from 'node:fs';
import { asc, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { assistanceEntries } from '../schema.js';
import { importIatiFile } from './import-iati-file.js';

/**
 * The same money reported from both ends of a funding chain: the donor's activity P disburses and
 * commits to the channel's activity A (`receiver-activity-id`), and A reports the same money as
 * incoming from P (`provider-activity-id`). The two files are synthetic (test/fixtures/iati/SOURCES.md).
 */

const DONOR = 'synthetic-pair-donor-2.03.xml';
const CHANNEL = 'synthetic-pair-channel-2.03.xml';
const P = 'XM-DAC-8-SYNTH-LAO-UXO-2023';
const A = 'XM-DAC-41114-SYNTH-LAO-UXO';
const text = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/iati/${name}`, import.meta.url), 'utf8');
const input = (name: string, xml = text(name)) => ({
  fileName: name,
  bytes: new TextEncoder().encode(xml),
  sectors: ['15250'],
});

const live = (db: Db) =>
  db
    .select()
    .from(assistanceEntries)
    .where(ne(assistanceEntries.review, 'rejected'))
    .orderBy(asc(assistanceEntries.id));

describe.each(engines)('the same money from both sides of a funding chain, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it.each([
    ['donor first', DONOR, CHANNEL],
    ['channel first', CHANNEL, DONOR],
  ])('%s: one live entry per sum, in the donor State’s name', async (_order, first, second) => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const one = await importIatiFile(ctxFor(db, isu), input(first));
    expect(one.entriesAdded).toBe(2);
    const two = await importIatiFile(ctxFor(db, isu), input(second));
    expect(two.entriesAdded).toBe(0);
    const rows = await live(db);
    // Norway's commitment and its disbursement through UNDP to Lao PDR: two sums, each once.
    expect(rows.map((r) => [r.providerIso3, r.recipientIso3, r.year, r.status, r.amount])).toEqual([
      ['NOR', 'LAO', 2023, 'committed', 500000],
      ['NOR', 'LAO', 2023, 'disbursed', 500000],
    ]);
    expect(new Set(rows.map((r) => r.iatiActivityId))).toEqual(new Set([first === DONOR ? P : A]));
  });
});
