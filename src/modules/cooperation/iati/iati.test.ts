import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, signedIn, signIn } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { anonymous } from '../../../kernel/actor.js';
import { createContext } from '../../../kernel/context.js';
import { loadLedger } from '../ledger/queries.js';
import { assistanceEntries, iatiImports } from '../schema.js';
import { importIatiFile } from './import-iati-file.js';
import { reviewIatiEntry } from './review-iati-entry.js';
import { iatiFixture as fixture, uploadIati as upload } from './testing.js';

const SPAIN = 'es-maec-indonesia-2.01-excerpt.xml';
const STANDARD = 'iati-standard-activity-example-2.03.xml';
const SPAIN_SECTORS = ['43081', '41040', '41081'];
const TEARFUND = 'tearfund-drc-1.0x-no-version.xml';
const TEARFUND_SECTORS = ['14081', '12261', '15164'];
const UNICEF = 'unicef-sierra-leone-wash-2.02-excerpt.xml';
const UNICEF_SECTORS = ['74020', '72010'];

/**
 * An independent reading of UNICEF's Sierra Leone activity: regular expressions over the text, no XML
 * library, no code of the import. The incoming funds (type 1) in USD per provider narrative; the
 * activity's two DAC sectors (49.3 % and 50.7 %) are both picked, so each value counts whole.
 */
function unicefIncomingByProvider(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of xml.split('<transaction ref=').slice(1)) {
    if (!t.includes('<transaction-type code="1">')) continue;
    const provider = /<provider-org [^>]*><narrative xml:lang="en">([^<]*)</.exec(t)?.[1] ?? '';
    const value = Number(/<value currency="USD" value-date="[^"]*">(-?[\d.]+)</.exec(t)?.[1]);
    out.set(provider, (out.get(provider) ?? 0) + value);
  }
  return out;
}

/**
 * An independent reading of Tearfund's file (DFID money through Tearfund to the DRC): a DOM-free
 * scan with regular expressions, no code of the import. The donor's money is the incoming funds
 * (code IF from provider GB-1), whole (the activity's three sectors add up to 100 %, all picked).
 */
function tearfundIncoming(xml: string): number {
  let total = 0;
  for (const t of xml.split('<transaction>').slice(1))
    if (t.includes('<transaction-type code="IF"/>') && t.includes('<provider-org ref="GB-1"'))
      total += Number(/currency="GBP">(\d+)<\/value>/.exec(t)?.[1]);
  return total;
}

/**
 * An independent reading of the Spanish file: plain regular expressions over the text, no XML
 * library, no shared code. Each of its activities names one recipient (ID, 100 %) and one DAC
 * sector, so the total per (recipient, year, status) is the sum of its non-zero type 2 and 3 values.
 */
function independentTotals(xml: string, sectors: string[]) {
  const totals = new Map<string, number>();
  for (const activity of xml.split('<iati-activity>').slice(1)) {
    const sector = /<sector vocabulary="1" code="(\d{5})"\/>/.exec(activity)?.[1];
    const country = /<recipient-country code="([A-Z]{2})" percentage="100"/.exec(activity)?.[1];
    if (!sector || !sectors.includes(sector) || country !== 'ID') continue;
    for (const t of activity.split('<transaction>').slice(1)) {
      const type = /<transaction-type code="(\d+)"\/>/.exec(t)?.[1];
      const date = /<transaction-date iso-date="(\d{4})-/.exec(t)?.[1];
      const value = Number(/<value currency="EUR"[^>]*>([-\d.]+)<\/value>/.exec(t)?.[1]);
      if ((type !== '2' && type !== '3') || !value) continue;
      const key = `IDN|${date}|${type === '2' ? 'committed' : 'disbursed'}`;
      totals.set(key, (totals.get(key) ?? 0) + value);
    }
  }
  return totals;
}

const snapshot = async (db: Db) => ({
  imports: await db.select().from(iatiImports).orderBy(asc(iatiImports.id)),
  entries: await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id)),
});

describe.each(engines)('IATI import on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a real government file: totals equal an independent computation, and a second import adds nothing', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const bytes = fixture(SPAIN);
    const first = await importIatiFile(ctxFor(db, isu), { fileName: SPAIN, bytes, sectors: SPAIN_SECTORS });
    expect(first).toMatchObject({
      iatiVersion: '2.01',
      activitiesRead: 4,
      activitiesKept: 4,
      entriesAlreadyKnown: 0,
    });

    const rows = await db.select().from(assistanceEntries);
    expect(rows.length).toBe(first.entriesAdded);
    expect(rows.every((r) => r.origin === 'iati' && r.review === 'proposed')).toBe(true);
    // Spain's ministry publishes as a government: the entries name Spain, the State.
    expect(new Set(rows.map((r) => `${r.providerIso3}|${r.providerName}`))).toEqual(new Set(['ESP|Spain']));
    const computed = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.recipientIso3}|${r.year}|${r.status}`;
      computed.set(key, (computed.get(key) ?? 0) + (r.amount ?? 0));
    }
    const expected = independentTotals(new TextDecoder().decode(bytes), SPAIN_SECTORS);
    expect(expected.size).toBeGreaterThan(0);
    expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(expected));

    const before = await snapshot(db);
    const second = await importIatiFile(ctxFor(db, isu), { fileName: SPAIN, bytes, sectors: SPAIN_SECTORS });
    expect(second).toMatchObject({ entriesAdded: 0, entriesAlreadyKnown: first.entriesAdded });
    expect((await snapshot(db)).entries).toEqual(before.entries);
  });

  it('the IATI Standard’s own example: read, nothing kept, and why', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const out = await importIatiFile(ctxFor(db, isu), { fileName: STANDARD, bytes: fixture(STANDARD) });
    // Its only transaction is incoming funds (type 1) and its sectors are DAC 3-digit codes.
    expect(out).toMatchObject({ iatiVersion: '2.03', activitiesRead: 1, activitiesKept: 0, entriesAdded: 0 });
    expect(out.skipped.noSelectedSector).toBe(1);
    const picked = await importIatiFile(ctxFor(db, isu), {
      fileName: STANDARD,
      bytes: fixture(STANDARD),
      sectors: ['11110'],
    });
    expect(picked.activitiesKept).toBe(0);
    expect(await db.select().from(assistanceEntries)).toEqual([]);
  });

  it('refuses dangerous or broken files and writes nothing', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const cases: Array<[string, string]> = [
      [
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities version="2.03">&x;</iati-activities>',
        'iati:parse.doctype',
      ],
      [
        '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><iati-activities version="2.03">&b;</iati-activities>',
        'iati:parse.doctype',
      ],
      ['<iati-activities version="2.03"><iati-activity></iati-activities>', 'iati:parse.malformed'],
      ['<iati-activities version="3.0"></iati-activities>', 'iati:parse.wrongVersion'],
    ];
    for (const [xml, key] of cases) {
      await expect(
        importIatiFile(ctxFor(db, isu), { fileName: 'x.xml', bytes: new TextEncoder().encode(xml) }),
      ).rejects.toMatchObject({ code: 'IATI.FILE_REFUSED', messageKey: key });
    }
    expect(await snapshot(db)).toEqual({ imports: [], entries: [] });
  });

  it('only the ISU and partners import; only the ISU and the provider review', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const spain = await makeUser(db, { role: 'partner', stateIso3: 'ESP' });
    const otherDonor = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    const org = await makeUser(db, { role: 'partner', organisation: 'Spain' });
    const focalIdn = await makeUser(db, { role: 'focal_point', stateIso3: 'IDN' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const input = { fileName: SPAIN, bytes: fixture(SPAIN), sectors: SPAIN_SECTORS };

    for (const actor of [focalIdn, coordinator]) {
      await expect(importIatiFile(ctxFor(db, actor), input)).rejects.toMatchObject({ status: 403 });
    }
    await expect(importIatiFile(createContext(db, anonymous), input)).rejects.toMatchObject({ status: 401 });
    expect(await snapshot(db)).toEqual({ imports: [], entries: [] });

    // A partner may import its own publication; the entries wait for Spain's review.
    await importIatiFile(ctxFor(db, spain), input);
    const [first, second, third] = await db
      .select()
      .from(assistanceEntries)
      .orderBy(asc(assistanceEntries.id));
    if (!first || !second || !third) throw new Error('entries expected');

    const before = await snapshot(db);
    for (const actor of [otherDonor, org, focalIdn, coordinator]) {
      await expect(
        reviewIatiEntry(ctxFor(db, actor), { entryId: first.id, decision: 'confirm' }),
      ).rejects.toMatchObject({
        status: 403,
      });
    }
    await expect(
      reviewIatiEntry(createContext(db, anonymous), { entryId: first.id, decision: 'confirm' }),
    ).rejects.toMatchObject({ status: 401 });
    expect(await snapshot(db)).toEqual(before);

    await reviewIatiEntry(ctxFor(db, spain), { entryId: first.id, decision: 'confirm' });
    await reviewIatiEntry(ctxFor(db, isu), { entryId: second.id, decision: 'reject' });
    await expect(
      reviewIatiEntry(ctxFor(db, spain), { entryId: second.id, decision: 'confirm' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const reviewed = await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, second.id));
    expect(reviewed[0]).toMatchObject({ review: 'rejected', reviewedBy: isu.id });
    expect(
      (await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, first.id)))[0]?.review,
    ).toBe('confirmed');

    // The rejected entry stays rejected: uploading the file again does not propose it anew.
    const again = await importIatiFile(ctxFor(db, isu), input);
    expect(again.entriesAdded).toBe(0);
    expect(
      (await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, second.id)))[0]?.review,
    ).toBe('rejected');
  });

  it('through the real upload route: multipart in, result page, review buttons, errors in the form', async () => {
    const { db, app, cookie } = await signedIn(database(), { role: 'isu' });

    const form = await app.request('/cooperation/iati', { headers: { cookie } });
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/name="sectors" value="15250" checked/);

    const ok = await upload(
      app,
      fixture(SPAIN),
      { sectors: [], moreSectors: '43081 41040, 41081', otherArea: 'other' },
      cookie,
      SPAIN,
    );
    expect(ok.status).toBe(200);
    const okHtml = await ok.text();
    expect(okHtml).toContain('4 activities read, 4 kept');
    const importId = Number(/href="\/cooperation\/iati\/(\d+)"/.exec(okHtml)?.[1]);
    const detail = await (await app.request(`/cooperation/iati/${importId}`, { headers: { cookie } })).text();
    expect(detail).toContain('ES-DIR3-E04585801-009-001301');
    expect(detail).toContain('value="confirm"');

    const twice = await upload(app, fixture(SPAIN), { moreSectors: '43081 41040 41081' }, cookie, SPAIN);
    expect(await twice.text()).toMatch(/0 entries proposed, \d+ already known/);

    const noneKept = await upload(app, fixture(STANDARD), { sectors: '15250' }, cookie, STANDARD);
    await expectPage(noneKept, 200, ['No activity was kept']);

    const before = await snapshot(db);
    const doctype = await upload(
      app,
      new TextEncoder().encode(
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><iati-activities version="2.03">&e;</iati-activities>',
      ),
      { sectors: '15250' },
      cookie,
    );
    await expectPage(doctype, 422, ['document type or entity declaration']);
    const malformed = await upload(
      app,
      new TextEncoder().encode('<iati-activities version="2.03">\n<a>\n</b></iati-activities>'),
      { sectors: '15250' },
      cookie,
    );
    expect(malformed.status).toBe(422);
    expect(await malformed.text()).toMatch(/line 3, column \d+/);
    const version = await upload(
      app,
      new TextEncoder().encode('<iati-activities version="9.9"/>'),
      { sectors: '15250' },
      cookie,
    );
    await expectPage(version, 422, ['IATI version 9.9']);
    const badSector = await upload(app, fixture(SPAIN), { moreSectors: 'mines' }, cookie);
    expect(badSector.status).toBe(422);
    const big = new Uint8Array(2 * 1024 * 1024 + 10).fill(0x20);
    const tooBig = await upload(app, big, { sectors: '15250' }, cookie);
    await expectPage(tooBig, 413, ['larger than 2 MiB']);
    expect(await snapshot(db)).toEqual(before);

    // A focal point may neither see the page nor upload.
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'IDN' });
    const fpCookie = await signIn(app, fp.email);
    expect((await app.request('/cooperation/iati', { headers: { cookie: fpCookie } })).status).toBe(403);
    expect((await upload(app, fixture(SPAIN), { moreSectors: '43081' }, fpCookie)).status).toBe(403);
    expect((await upload(app, fixture(SPAIN), { moreSectors: '43081' })).status).toBe(303);
    expect(await snapshot(db)).toEqual(before);
  });

  it("a partner's upload attributes to no other publisher; another's file adds nothing and blocks nothing", async () => {
    const { db } = database();
    const spain = await makeUser(db, { role: 'partner', stateIso3: 'ESP' });
    const norway = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    const input = { fileName: SPAIN, bytes: fixture(SPAIN), sectors: SPAIN_SECTORS };

    const byNorway = await importIatiFile(ctxFor(db, norway), input);
    expect(byNorway.entriesAdded).toBe(0);
    expect(byNorway.entriesAlreadyKnown).toBe(0);
    expect(byNorway.entriesOfOtherPublishers).toBeGreaterThan(0);
    expect(await db.select().from(assistanceEntries)).toEqual([]);

    // Spain's own import is not "already known": every transaction is proposed, in Spain's name.
    const bySpain = await importIatiFile(ctxFor(db, spain), input);
    expect(bySpain.entriesAdded).toBe(byNorway.entriesOfOtherPublishers);
    expect(bySpain.entriesAlreadyKnown).toBe(0);
    const rows = await db.select().from(assistanceEntries);
    expect(rows.every((r) => r.providerIso3 === 'ESP' && r.iatiAttribution === 'publisher')).toBe(true);
  });

  it("an entry rejected at review does not block the publisher's own import; the publisher's own no stands", async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const spain = await makeUser(db, { role: 'partner', stateIso3: 'ESP' });
    const input = { fileName: SPAIN, bytes: fixture(SPAIN), sectors: SPAIN_SECTORS };

    // The ISU imports in Spain's name, then refuses one entry (say, a wrong attribution).
    const byIsu = await importIatiFile(ctxFor(db, isu), input);
    const [first] = await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id));
    if (!first) throw new Error('entries expected');
    expect(first.iatiAttribution).toBe('isu');
    await reviewIatiEntry(ctxFor(db, isu), { entryId: first.id, decision: 'reject' });
    // The ISU's own second upload does not propose what it rejected.
    expect((await importIatiFile(ctxFor(db, isu), input)).entriesAdded).toBe(0);

    // Spain's import proposes the rejected transaction again, in its own name; the rest is known.
    const bySpain = await importIatiFile(ctxFor(db, spain), input);
    expect(bySpain).toMatchObject({ entriesAdded: 1, entriesAlreadyKnown: byIsu.entriesAdded - 1 });
    const again = await db
      .select()
      .from(assistanceEntries)
      .where(eq(assistanceEntries.iatiImportId, bySpain.importId));
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({
      iatiActivityId: first.iatiActivityId,
      iatiTransactionKey: first.iatiTransactionKey,
      review: 'proposed',
      iatiAttribution: 'publisher',
    });

    // Spain says no: that is the publisher's word, and no later upload proposes it again.
    await reviewIatiEntry(ctxFor(db, spain), { entryId: again[0]!.id, decision: 'reject' });
    expect((await importIatiFile(ctxFor(db, spain), input)).entriesAdded).toBe(0);
    expect((await importIatiFile(ctxFor(db, isu), input)).entriesAdded).toBe(0);
  });
  it('a real funding chain: the donor State in the ledger with the fund as channel, totals as computed independently, never twice', async () => {
    const { db, app, cookie, user: isu } = await signedIn(database(), { role: 'isu' });
    const bytes = fixture(TEARFUND);
    const xml = new TextDecoder().decode(bytes);

    // Step 1, the preview: every activity with why it is in, the donor behind it; nothing written.
    const before = await snapshot(db);
    const preview = await upload(
      app,
      bytes,
      { moreSectors: TEARFUND_SECTORS.join(' '), otherArea: 'other', byWords: 'yes' },
      cookie,
      TEARFUND,
      '/cooperation/iati/preview',
    );
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('GB-CHC-265464-ZAI00598-0');
    expect(html).toContain('sector 14081, 12261, 15164');
    expect(html).toContain('United Kingdom');
    expect(html).toContain('IATI version (1.01)');
    expect(html).toMatch(/8 outgoing transactions of funds were not counted/);
    expect(await snapshot(db)).toEqual(before);

    // Step 2: the confirm form sends the same bytes back; the entries are proposed.
    const hidden = (name: string) =>
      [...html.matchAll(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`, 'g'))].map(
        (m) => m[1] ?? '',
      );
    const confirm = await upload(
      app,
      null,
      {
        fileName: hidden('fileName')[0] ?? '',
        fileData: hidden('fileData')[0] ?? '',
        sectors: hidden('sectors'),
        otherArea: hidden('otherArea')[0] ?? '',
        byWords: hidden('byWords'),
      },
      cookie,
    );
    await expectPage(confirm, 200, ['1 activities read, 1 kept']);
    const rows = await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id));
    expect(rows).toHaveLength(4 * 3);
    expect(
      rows.every((r) => r.providerIso3 === 'GBR' && r.channel === 'Tearfund' && r.recipientIso3 === 'COD'),
    ).toBe(true);
    expect(new Set(rows.map((r) => `${r.iatiSector}:${r.iatiShare}`))).toEqual(
      new Set(['14081:0.34', '12261:0.33', '15164:0.33']),
    );

    // Confirmed, they are the United Kingdom's support in the ledger, through Tearfund.
    for (const r of rows) await reviewIatiEntry(ctxFor(db, isu), { entryId: r.id, decision: 'confirm' });
    const ledger = (await loadLedger(db, { recipientIso3: 'COD' })).filter((r) => r.origin === 'iati');
    expect(ledger).toHaveLength(rows.length);
    expect(ledger.every((r) => r.counted && r.providerIso3 === 'GBR' && r.channel === 'Tearfund')).toBe(true);
    const total = ledger.reduce((s, r) => s + (r.amount ?? 0), 0);
    expect(total).toBeCloseTo(tearfundIncoming(xml), 1);
    expect(tearfundIncoming(xml)).toBe(1_104_704);
    // Tearfund's own disbursements and expenditure (1 104 704 spent again) are not in the ledger.
    expect(ledger.some((r) => r.providerName === 'Tearfund')).toBe(false);

    // The import page shows channel, sector and split, so a 34/33/33 split does not look like duplicates.
    const importId = rows[0]?.iatiImportId;
    const detail = await (await app.request(`/cooperation/iati/${importId}`, { headers: { cookie } })).text();
    expect(detail).toContain('<td>Tearfund</td>');
    expect(detail).toContain('<td>14081</td>');
    expect(detail).toContain('34%');
  });

  it('a real multi-donor UN activity: each donor State in the ledger with UNICEF as channel, every transaction kept, totals as computed independently', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const bytes = fixture(UNICEF);
    const xml = new TextDecoder().decode(bytes);
    const input = { fileName: UNICEF, bytes, sectors: UNICEF_SECTORS };
    const first = await importIatiFile(ctxFor(db, isu), input);
    expect(first).toMatchObject({
      iatiVersion: '2.02',
      activitiesRead: 1,
      activitiesKept: 1,
      entriesAlreadyKnown: 0,
    });
    // UNICEF writes ref="Incoming Funds" on every incoming fund: each is still its own entry.
    const rows = await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id));
    expect(rows.length).toBe(first.entriesAdded);
    const incoming = xml.split('<transaction ref=').filter((t) => t.includes('<transaction-type code="1">'));
    const fromSierraLeone = incoming.filter((t) => t.includes('>Sierra Leone</narrative></provider-org>'));
    expect(rows.filter((r) => r.status === 'disbursed')).toHaveLength(
      (incoming.length - fromSierraLeone.length) * 2,
    );

    for (const r of rows) await reviewIatiEntry(ctxFor(db, isu), { entryId: r.id, decision: 'confirm' });
    const ledger = (await loadLedger(db, { recipientIso3: 'SLE' })).filter(
      (r) => r.origin === 'iati' && r.status === 'disbursed',
    );
    const expected = unicefIncomingByProvider(xml);
    for (const [iso3, name] of [
      ['NLD', 'Netherlands'],
      ['CAN', 'Canada'],
    ] as const) {
      const theirs = ledger.filter((r) => r.providerIso3 === iso3);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((r) => r.counted && r.channel === 'UNICEF')).toBe(true);
      expect(theirs.reduce((s, r) => s + (r.amount ?? 0), 0)).toBeCloseTo(
        expected.get(name) ?? Number.NaN,
        1,
      );
    }
    // Sierra Leone's own money is not its support to itself; UNICEF's own spending is not counted on top.
    expect(ledger.some((r) => r.providerIso3 === 'SLE')).toBe(false);
    expect(ledger.some((r) => r.providerName === 'UNICEF')).toBe(false);
    const all = [...expected.entries()].filter(([p]) => p !== 'Sierra Leone').reduce((s, [, v]) => s + v, 0);
    expect(ledger.reduce((s, r) => s + (r.amount ?? 0), 0)).toBeCloseTo(all, 1);

    const second = await importIatiFile(ctxFor(db, isu), input);
    expect(second).toMatchObject({ entriesAdded: 0, entriesAlreadyKnown: first.entriesAdded });
  });

  it("a partner that is the channel may propose its donors' money; one that is neither provider nor channel may not", async () => {
    const { db } = database();
    const tearfund = await makeUser(db, { role: 'partner', organisation: 'Tearfund' });
    const other = await makeUser(db, { role: 'partner', organisation: 'World Vision UK' });
    const input = { fileName: TEARFUND, bytes: fixture(TEARFUND), sectors: TEARFUND_SECTORS };
    const byOther = await importIatiFile(ctxFor(db, other), input);
    expect(byOther).toMatchObject({ entriesAdded: 0, entriesOfOtherPublishers: 12 });
    const byChannel = await importIatiFile(ctxFor(db, tearfund), input);
    expect(byChannel).toMatchObject({ entriesAdded: 12, entriesOfOtherPublishers: 0 });
    // The United Kingdom (or the ISU) confirms: Tearfund cannot confirm money in the UK's name.
    const [first] = await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id));
    if (!first) throw new Error('entry expected');
    await expect(
      reviewIatiEntry(ctxFor(db, tearfund), { entryId: first.id, decision: 'confirm' }),
    ).rejects.toMatchObject({ status: 403 });
    const uk = await makeUser(db, { role: 'partner', stateIso3: 'GBR' });
    await reviewIatiEntry(ctxFor(db, uk), { entryId: first.id, decision: 'confirm' });
  });
});
