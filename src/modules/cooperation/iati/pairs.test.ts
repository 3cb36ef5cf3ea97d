import { asc, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, signedIn } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { assistanceEntries } from '../schema.js';
import { extractEntries, registryOf } from './extract.js';
import { importIatiFile } from './import-iati-file.js';
import { parseIatiXml } from './parse.js';
import { reviewIatiEntry } from './review-iati-entry.js';
import { iatiFixture, uploadIati } from './testing.js';

/**
 * The same money reported from both ends of a funding chain: the donor's activity P commits and
 * disburses to the channel's activity A (`receiver-activity-id` A), and A reports the same money as
 * incoming from P (`provider-activity-id` P). Both files are synthetic (test/fixtures/iati/SOURCES.md);
 * where a test changes them (another amount, both activities in one file) it does so here, and says so.
 */

const DONOR = 'synthetic-pair-donor-2.03.xml';
const CHANNEL = 'synthetic-pair-channel-2.03.xml';
const P = 'XM-DAC-8-SYNTH-LAO-UXO-2023';
const A = 'XM-DAC-41114-SYNTH-LAO-UXO';
const text = (name: string) => new TextDecoder().decode(iatiFixture(name));
const input = (name: string, xml = text(name)) => ({
  fileName: name,
  bytes: new TextEncoder().encode(xml),
  sectors: ['15250'],
});
/** The channel's file with its incoming funds changed to 480 000 (a written variant, not a real file). */
const channelWithLessIncoming = () => {
  const xml = text(CHANNEL).replace(
    '<value currency="USD" value-date="2023-03-20">500000</value>',
    '<value currency="USD" value-date="2023-03-20">480000</value>',
  );
  expect(xml).not.toBe(text(CHANNEL));
  return xml;
};

const live = (db: Db) =>
  db
    .select()
    .from(assistanceEntries)
    .where(ne(assistanceEntries.review, 'rejected'))
    .orderBy(asc(assistanceEntries.id));
const sums = (
  rows: Array<{
    providerIso3: string | null;
    recipientIso3: string;
    year: number;
    status: string;
    amount: number | null;
  }>,
) => rows.map((r) => [r.providerIso3, r.recipientIso3, r.year, r.status, r.amount]);
const NORWAY_TO_LAO = [
  ['NOR', 'LAO', 2023, 'committed', 500000],
  ['NOR', 'LAO', 2023, 'disbursed', 500000],
];

describe('the activity at the other end, as the file names it (written transactions)', () => {
  const registry = registryOf(
    [
      ['LAO', "Lao People's Democratic Republic", true],
      ['NOR', 'Norway', true],
    ].map(([iso3, name, ccm]) => ({ iso3: String(iso3), name: String(name), ccm: ccm === true })),
  );
  const read = (xml: string) => {
    const p = parseIatiXml(new TextEncoder().encode(xml));
    if (!p.ok) throw new Error(JSON.stringify(p.problem));
    return extractEntries(p.activities, registry, { sectors: ['15250'], otherArea: 'other' }).entries;
  };

  it('keeps provider-activity-id on a chain’s incoming money and receiver-activity-id on the publisher’s own, in 2.03', () => {
    expect(
      read(text(DONOR)).map((e) => [e.iatiActivityId, e.status, e.channel, e.counterpartActivityId]),
    ).toEqual([
      [P, 'committed', null, A],
      [P, 'disbursed', null, A],
    ]);
    expect(
      read(text(CHANNEL)).map((e) => [e.iatiActivityId, e.status, e.channel, e.counterpartActivityId]),
    ).toEqual([
      [A, 'committed', 'UNDP', P],
      [A, 'disbursed', 'UNDP', P],
    ]);
  });

  it('reads the same attributes in a 1.0x file (letter codes), and none when the file names none', () => {
    const activity = (id: string, org: string, tx: string) =>
      `<iati-activities version="1.03"><iati-activity default-currency="USD"><iati-identifier>${id}</iati-identifier>
       <reporting-org ref="${org}" type="10">Org</reporting-org><recipient-country code="LA"/><sector code="15250"/>${tx}</iati-activity></iati-activities>`;
    const donor = read(
      activity(
        'XM-DAC-8-1',
        'XM-DAC-8',
        `<transaction><transaction-type code="D"/><transaction-date iso-date="2012-05-01"/><value>10</value>
         <receiver-org ref="XM-DAC-41114" receiver-activity-id="XM-DAC-41114-1">UNDP</receiver-org></transaction>
         <transaction><transaction-type code="C"/><transaction-date iso-date="2012-01-01"/><value>10</value>
         <receiver-org ref="XM-DAC-41114">UNDP</receiver-org></transaction>`,
      ),
    );
    expect(donor.map((e) => [e.status, e.counterpartActivityId])).toEqual([
      ['disbursed', 'XM-DAC-41114-1'],
      ['committed', null],
    ]);
    const channel = read(
      activity(
        'XM-DAC-41114-1',
        'XM-DAC-41114',
        `<transaction><transaction-type code="IF"/><transaction-date iso-date="2012-05-02"/><value>10</value>
         <provider-org ref="XM-DAC-8" provider-activity-id="XM-DAC-8-1">Norway</provider-org></transaction>`,
      ),
    );
    expect(channel.map((e) => [e.providerIso3, e.channel, e.counterpartActivityId])).toEqual([
      ['NOR', 'Org', 'XM-DAC-8-1'],
    ]);
  });
});

describe.each(engines)('the same money from both ends of a funding chain, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it.each([
    ['donor first', DONOR, CHANNEL, P],
    ['channel first', CHANNEL, DONOR, A],
  ])(
    '%s: one live entry per sum, in the donor State’s name; re-imports add nothing',
    async (_order, first, second, stands) => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const one = await importIatiFile(ctxFor(db, isu), input(first));
      expect(one).toMatchObject({
        entriesAdded: 2,
        skipped: { reportedByOtherSide: 0 },
        reportedByOtherSide: [],
      });
      const two = await importIatiFile(ctxFor(db, isu), input(second));
      expect(two).toMatchObject({
        entriesAdded: 0,
        entriesAlreadyKnown: 0,
        skipped: { reportedByOtherSide: 2 },
      });
      // Said per activity: which end this file is, the other end's activity, both amounts.
      const otherEnd = second === DONOR ? 'donor' : 'channel';
      expect(two.reportedByOtherSide).toEqual(
        ['committed', 'disbursed'].map((status) => ({
          activityId: second === DONOR ? P : A,
          side: otherEnd,
          counterpartActivityId: second === DONOR ? A : P,
          providerName: 'Norway',
          recipientIso3: 'LAO',
          year: 2023,
          status,
          entries: 1,
          here: [{ currency: 'USD', amount: 500000 }],
          there: [{ currency: 'USD', amount: 500000 }],
        })),
      );
      const rows = await live(db);
      // Norway's commitment and its disbursement through UNDP to Lao PDR: two sums, each once.
      expect(sums(rows)).toEqual(NORWAY_TO_LAO);
      expect(new Set(rows.map((r) => r.iatiActivityId))).toEqual(new Set([stands]));
      expect(new Set(rows.map((r) => r.iatiCounterpartActivityId))).toEqual(new Set([stands === P ? A : P]));

      // Uploading either file again adds nothing: the first is already known, the second still paired.
      const again = await importIatiFile(ctxFor(db, isu), input(first));
      expect(again).toMatchObject({
        entriesAdded: 0,
        entriesAlreadyKnown: 2,
        skipped: { reportedByOtherSide: 0 },
      });
      const twice = await importIatiFile(ctxFor(db, isu), input(second));
      expect(twice).toMatchObject({
        entriesAdded: 0,
        entriesAlreadyKnown: 0,
        skipped: { reportedByOtherSide: 2 },
      });
      expect(sums(await live(db))).toEqual(NORWAY_TO_LAO);
    },
  );

  it('a rejected entry does not block the other end: its money is proposed from there, once', async () => {
    const { db } = database();
    const undp = await makeUser(db, { role: 'partner', organisation: 'UNDP' });
    const norway = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    // UNDP, the channel, proposes Norway's money it received; Norway refuses the disbursement.
    expect((await importIatiFile(ctxFor(db, undp), input(CHANNEL))).entriesAdded).toBe(2);
    const [, disbursed] = await live(db);
    if (!disbursed) throw new Error('entries expected');
    await reviewIatiEntry(ctxFor(db, norway), { entryId: disbursed.id, decision: 'reject' });

    // Norway's own file: the commitment is UNDP's already; the disbursement is proposed from Norway's side.
    const byNorway = await importIatiFile(ctxFor(db, norway), input(DONOR));
    expect(byNorway).toMatchObject({ entriesAdded: 1, skipped: { reportedByOtherSide: 1 } });
    expect(
      byNorway.reportedByOtherSide.map((n) => [n.activityId, n.status, n.counterpartActivityId]),
    ).toEqual([[P, 'committed', A]]);
    const rows = await live(db);
    expect(rows.map((r) => [r.iatiActivityId, r.status])).toEqual([
      [A, 'committed'],
      [P, 'disbursed'],
    ]);
    expect(sums(rows)).toEqual(NORWAY_TO_LAO);

    // UNDP's file again: its refused disbursement stays out (UNDP had put it forward), nothing doubles.
    const byUndp = await importIatiFile(ctxFor(db, undp), input(CHANNEL));
    expect(byUndp).toMatchObject({ entriesAdded: 0, skipped: { reportedByOtherSide: 0 } });
    expect(sums(await live(db))).toEqual(NORWAY_TO_LAO);
  });

  it('when the two ends give different amounts, the first proposed stands and the outcome gives both', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await importIatiFile(ctxFor(db, isu), input(CHANNEL, channelWithLessIncoming()));
    const donor = await importIatiFile(ctxFor(db, isu), input(DONOR));
    expect(donor.entriesAdded).toBe(0);
    expect(donor.reportedByOtherSide.find((n) => n.status === 'disbursed')).toMatchObject({
      activityId: P,
      side: 'donor',
      here: [{ currency: 'USD', amount: 500000 }],
      there: [{ currency: 'USD', amount: 480000 }],
    });
    expect(sums(await live(db))).toEqual([
      ['NOR', 'LAO', 2023, 'committed', 500000],
      ['NOR', 'LAO', 2023, 'disbursed', 480000],
    ]);
  });

  it('both ends in one file (as a d-portal download holds several publishers): the first in the file stands', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    // Written for this test: the channel's activity placed after the donor's, in the donor's file.
    const channelActivity = /<iati-activity [\s\S]*<\/iati-activity>/.exec(text(CHANNEL))?.[0] ?? '';
    expect(channelActivity).toContain(A);
    const both = text(DONOR).replace('</iati-activities>', `${channelActivity}\n</iati-activities>`);
    const out = await importIatiFile(ctxFor(db, isu), input('both.xml', both));
    expect(out).toMatchObject({ activitiesKept: 2, entriesAdded: 2, skipped: { reportedByOtherSide: 2 } });
    expect(out.reportedByOtherSide.every((n) => n.activityId === A && n.counterpartActivityId === P)).toBe(
      true,
    );
    const rows = await live(db);
    expect(sums(rows)).toEqual(NORWAY_TO_LAO);
    expect(new Set(rows.map((r) => r.iatiActivityId))).toEqual(new Set([P]));
  });

  it('the preview shows the money the other end reported, with both amounts, and the outcome says it again', async () => {
    const { db, app, cookie, user: isu } = await signedIn(database(), { role: 'isu' });
    await importIatiFile(ctxFor(db, isu), input(DONOR));
    const before = await live(db);

    const xml = channelWithLessIncoming();
    const fields = { sectors: '15250', otherArea: 'other', byWords: 'yes' };
    const bytes = new TextEncoder().encode(xml);
    const preview = await uploadIati(app, bytes, fields, cookie, CHANNEL, '/cooperation/iati/preview');
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('0 entries would be proposed');
    expect(html).toContain(
      '2 entries were not proposed: the same money had already been proposed from the other end',
    );
    expect(html).toContain('Money already reported by the other side (2)');
    expect(html).toContain(`${A} (channel)`);
    expect(html).toContain(`<td>${P}</td>`);
    expect(html).toContain('<td>480,000 USD</td>');
    expect(html).toContain('500,000 USD (the amounts differ: the one already proposed stands)');
    expect(html).toContain(`already reported by the other side, activity ${P}: not proposed`);
    expect(await live(db)).toEqual(before);

    const outcome = await uploadIati(app, bytes, fields, cookie, CHANNEL);
    expect(outcome.status).toBe(200);
    const page = await outcome.text();
    expect(page).toContain('0 entries proposed, 0 already known');
    expect(page).toContain('Money already reported by the other side (2)');
    expect(page).toContain('500,000 USD (the amounts differ: the one already proposed stands)');
    expect(await live(db)).toEqual(before);

    // The list of past uploads and the upload's own page keep the count: "0 proposed, 0 known" alone
    // would hide where the file's money went.
    const pastUploads = await (await app.request('/cooperation/iati', { headers: { cookie } })).text();
    const lastRow = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(pastUploads)?.[1] ?? '';
    expect(lastRow).toContain(CHANNEL);
    expect([...lastRow.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]).slice(-4, -1)).toEqual([
      '0',
      '0',
      '2',
    ]);
    expect(pastUploads).toContain('<th scope="col">Reported by the other side</th>');
    const importId = /href="\/cooperation\/iati\/(\d+)">synthetic-pair-channel/.exec(pastUploads)?.[1];
    const importPage = await (
      await app.request(`/cooperation/iati/${importId}`, { headers: { cookie } })
    ).text();
    expect(importPage).toContain('0 entries proposed, 0 already known, 2 reported by the other side first');

    // In French too: the same table, its words from the catalogue.
    const fr = await uploadIati(
      app,
      bytes,
      fields,
      `${cookie}; lang=fr`,
      CHANNEL,
      '/cooperation/iati/preview',
    );
    const frHtml = await fr.text();
    expect(frHtml).toContain('Écritures non proposées');
    expect(frHtml).toContain(`${A} (canal)`);
  });
});
