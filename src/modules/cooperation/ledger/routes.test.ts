import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { systemActor } from '../../../kernel/actor.js';
import { ensureDemoData } from '../demo.js';
import { recordLedgerEntry } from './record-ledger-entry.js';
import { ledgerSnapshot, norwayToLebanon2023 } from './testing.js';

const isu = systemActor('ledger.test');

describe.each(engines)('ledger pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  const seed = async () => {
    const { db } = database();
    const nor = await norwayToLebanon2023(
      db,
      [{ counterpart: 'Mines Advisory Group', area: 'art4', amount: 5, currency: 'EUR' }],
      'Test rate, not official',
    );
    const pledge = await recordLedgerEntry(ctxFor(db, isu), {
      providerIso3: 'DEU',
      recipientIso3: 'LAO',
      year: 2024,
      area: 'art4',
      amount: 700,
      currency: 'USD',
      status: 'pledged',
      note: 'Demonstration',
    });
    return { nor, pledge: pledge.id };
  };

  it('shows totals (counted apart from pledged), chart, matrix, map and provenance', async () => {
    const { nor, pledge } = await seed();
    const app = testApp(database());
    const res = await app.request('/cooperation/ledger');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('aria-current="page"');
    // Counted: 100 (1000 NOK at 0.1), once: Lebanon's 90 USD for the same flow is not added again.
    // The EUR row has no rate and is listed apart; the pledge stands apart.
    expect(html).toContain(
      'data-total="counted">at least US$100, plus 1 amount in a currency without a rate (2 entries)',
    );
    expect(html).toContain('data-total="pledged">US$700 (1 entry)');
    expect(html).toContain('also in the donor&#39;s report: summed once');
    expect(html).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" class="chart" role="img"',
    );
    expect(html).toContain('class="k-art4"');
    expect(html).toContain('class="world-map"');
    expect(html).toContain('c-ledger-1');
    expect(html).toContain('table class="matrix"');
    // The source is the read-only version, at the row: anyone may open it, no editor, no sign-in.
    expect(html).toContain(`href="/reports/${nor}/versions/1#row-I-assistanceProvided-1"`);
    expect(html).not.toContain('/forms/I"');
    const source = await app.request(`/reports/${nor}/versions/1`);
    await expectPage(source, 200, ['<tr id="row-I-assistanceProvided-1">']);
    expect(html).toContain(`href="/cooperation/ledger/entries/${pledge}"`);
    expect(html).toContain('Mines Advisory Group');

    const lbn = await (await app.request('/cooperation/ledger?recipient=LBN&year=2023&area=art4')).text();
    expect(lbn).toContain('2 entries, newest year first');
    expect(lbn).not.toContain('Mines Advisory Group');
    const bad = await app.request('/cooperation/ledger?year=abc&state=1&area=zzz&by=nope');
    expect(bad.status).toBe(200);
    const byStatus = await (await app.request('/cooperation/ledger?by=status')).text();
    expect(byStatus).toContain('class="k-pledged"');

    const missing = await app.request('/cooperation/ledger/entries/9999');
    await expectPage(missing, 404, ['There is no ledger entry 9999.']);
    const entry = await app.request(`/cooperation/ledger/entries/${pledge}`);
    const entryHtml = await expectPage(entry, 200, ['Demonstration']);
    // Its note is not the demonstration mark: the page carries none.
    expect(entryHtml).not.toContain('data-demonstration');
  });

  it('never shows an amount it cannot convert as US$0, nor adds it to a total as nothing', async () => {
    await seed();
    const { db } = database();
    // 50 EUR with no EUR rate for 2023, in an area nothing else converts.
    await recordLedgerEntry(ctxFor(db, isu), {
      providerIso3: 'NOR',
      recipientIso3: 'LBN',
      year: 2023,
      area: 'art5',
      amount: 50,
      currency: 'EUR',
      status: 'disbursed',
      note: 'Test entry',
    });
    const app = testApp(database());
    const html = await (await app.request('/cooperation/ledger')).text();
    expect(html).toContain(
      'data-total="counted">at least US$100, plus 2 amounts in currencies without a rate (3 entries)',
    );
    // The tables: no cell says US$0 for amounts it could not convert.
    const tables = html.split('</svg>').slice(1).join('');
    expect(tables).not.toContain('US$0');
    const matrix = html.split('table class="matrix"')[1]!.split('</table>')[0]!;
    expect(matrix).toContain('not known in dollars, plus 1 amount in a currency without a rate');
    expect(matrix).toContain('at least US$100, plus 1 amount in a currency without a rate');
    expect(html).toContain('<th scope="col">Article 5</th>');
    // The State profile says the same, not a bare figure.
    const profile = await (await app.request('/states/LBN')).text();
    expect(profile).toContain('at least US$100, plus 1 amount in a currency without a rate in 2 entries');
  });

  it('says "demonstration data" on the page, the download, the API answer and the State profile', async () => {
    await seed();
    const plain = testApp(database());
    // Nothing here is demonstration data yet: nothing says so.
    const plainHtml = await (await plain.request('/cooperation/ledger')).text();
    expect(plainHtml).not.toContain('data-demonstration');
    expect(plainHtml).not.toContain('include demonstration data');
    const before = (await (await plain.request('/api/v1/ledger')).json()) as {
      includesDemonstrationData: boolean;
    };
    expect(before.includesDemonstrationData).toBe(false);
    const pages = ['/cooperation/ledger/donors', '/cooperation/ledger/reconciliation', '/cooperation/rates'];
    const apis = ['/api/v1/ledger/donors', '/api/v1/ledger/reconciliation', '/api/v1/rates'];
    const marked = async (a: typeof plain) => ({
      pages: await Promise.all(
        pages.map(async (path) =>
          (await (await a.request(path)).text()).includes('data-demonstration="true"'),
        ),
      ),
      apis: await Promise.all(
        apis.map(
          async (path) =>
            ((await (await a.request(path)).json()) as { includesDemonstrationData: boolean })
              .includesDemonstrationData,
        ),
      ),
    });
    expect(await marked(plain)).toEqual({ pages: [false, false, false], apis: [false, false, false] });

    await ensureDemoData(database().db, new Date('2026-11-23T12:00:00Z'));
    const app = testApp(database());
    const html = await (await app.request('/cooperation/ledger')).text();
    expect(html).toContain('data-demonstration="true"');
    expect(html).toContain('<span class="badge muted">Demonstration data</span>');
    // The chart's and the map's own descriptions say it too.
    const figures = 'These figures include demonstration data, not what any State reported.';
    expect(html).toMatch(new RegExp(`<desc id="ledger-flows-desc">[^<]*${figures}</desc>`));
    expect(html).toMatch(new RegExp(`<desc id="ledger-map-desc">[^<]*${figures}</desc>`));
    const csv = (await (await app.request('/cooperation/ledger?format=csv')).text()).trim().split('\r\n');
    expect(csv[0]).toContain('Demonstration data');
    expect(csv.some((line) => line.endsWith(',yes'))).toBe(true);
    const api = (await (await app.request('/api/v1/ledger')).json()) as {
      includesDemonstrationData: boolean;
      flows: Array<{ demonstration: boolean; providerIso3: string | null; year: number; origin: string }>;
    };
    expect(api.includesDemonstrationData).toBe(true);
    expect(api.flows.some((f) => f.demonstration)).toBe(true);
    // Norway's own 2023 report is not demonstration data; its 2022 demonstration report is.
    const norway = (year: number) =>
      api.flows.find((f) => f.origin === 'donor_report' && f.providerIso3 === 'NOR' && f.year === year);
    expect(norway(2023)?.demonstration).toBe(false);
    expect(norway(2022)?.demonstration).toBe(true);
    const profile = await (await app.request('/states/NOR')).text();
    expect(profile).toContain('data-demonstration="true"');
    // The donors' trends and the reconciliation are built from the same flows: they say so too.
    expect(await marked(app)).toEqual({ pages: [true, true, true], apis: [true, true, true] });
  });

  it('downloads the selection as CSV and XLSX', async () => {
    await seed();
    const app = testApp(database());
    const csv = await app.request('/cooperation/ledger?format=csv&origin=donor_report');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Year,Provider ISO3,Provider,Recipient ISO3,Recipient');
    expect(text).toContain('2023,NOR,Norway,LBN,Lebanon,art4,,1000,NOK,100,disbursed,yes,donor_report');
    expect(text).toContain('Mines Advisory Group,art4,,5,EUR,,disbursed');

    const xlsx = await app.request('/cooperation/ledger?format=xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Year');
  });

  it("lists, downloads and donors in the reader's order of the States' names", async () => {
    const { db } = database();
    const ctx = ctxFor(db, isu);
    for (const providerIso3 of ['AUT', 'DEU'])
      await recordLedgerEntry(ctx, {
        providerIso3,
        recipientIso3: 'LBN',
        year: 2023,
        area: 'art4',
        amount: 100,
        currency: 'USD',
        status: 'disbursed',
        note: 'Ordering test',
      });
    const app = testApp(database());
    const fr = { headers: { cookie: 'lang=fr' } };
    const providers = (csv: string) =>
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[2]);
    // English: Austria before Germany; French: Allemagne before Autriche, the recipient named Liban.
    expect(providers(await (await app.request('/cooperation/ledger?format=csv')).text())).toEqual([
      'Austria',
      'Germany',
    ]);
    const csv = await (await app.request('/cooperation/ledger?format=csv', fr)).text();
    expect(providers(csv)).toEqual(['Allemagne', 'Autriche']);
    expect(csv).toContain(',LBN,Liban,');
    const donors = await (await app.request('/cooperation/ledger/donors', fr)).text();
    expect([...donors.matchAll(/data-donor="state:(\w+)"/g)].map((m) => m[1])).toEqual(['DEU', 'AUT']);
  });

  it('reconciliation and donors pages', async () => {
    await seed();
    const app = testApp(database());
    const rec = await app.request('/cooperation/ledger/reconciliation?year=2023');
    await expectPage(rec, 200, [
      'data-status="matched"',
      'Reported by both sides: 1',
      'Other party not recognised as a State: 1',
      'Mines Advisory Group',
      '$10', // 100 − 90
    ]);
    const donors = await app.request('/cooperation/ledger/donors');
    await expectPage(donors, 200, ['data-donor="state:NOR"', 'not known']);
    expect((await app.request('/cooperation/rates')).status).toBe(200);
  });

  it('the ISU records an entry through the form, with a 422 round trip', async () => {
    const { db, app, cookie } = await signedIn(database(), { role: 'isu' });
    const form = await app.request('/cooperation/ledger/new', { headers: { cookie } });
    expect(form.status).toBe(200);
    const bad = await postForm(
      app,
      '/cooperation/ledger/new',
      {
        providerName: 'Typed organisation',
        providerIso3: 'NOR',
        recipientIso3: '',
        year: '20x',
        area: 'art4',
        amount: '12',
        status: 'disbursed',
      },
      cookie,
    );
    await expectPage(bad, 422, [
      'class="error-summary"',
      'value="Typed organisation"',
      'Choose the recipient State.',
      'Give a year between 1990 and 2100.',
      'Give the currency of the amount.',
      'Choose a provider State, or give an organisation',
    ]);
    expect((await ledgerSnapshot(db)).entries).toEqual([]);

    const ok = await postForm(
      app,
      '/cooperation/ledger/new',
      {
        providerName: 'UNDP',
        recipientIso3: 'LAO',
        year: '2024',
        area: 'art5',
        amount: '12.5',
        currency: 'EUR',
        status: 'committed',
        inResponseToRequest: 'yes',
      },
      cookie,
    );
    expect(ok.status).toBe(303);
    const [entry] = (await ledgerSnapshot(db)).entries;
    expect(entry).toMatchObject({
      origin: 'isu',
      review: 'confirmed',
      providerName: 'UNDP',
      providerIso3: null,
      amount: 12.5,
      inResponseToRequest: true,
    });
    expect(outcomeAt(ok)).toBe(`/cooperation/ledger/entries/${entry?.id}`);

    const edit = await postForm(
      app,
      `/cooperation/ledger/entries/${entry?.id}/edit`,
      {
        providerName: 'UNDP',
        recipientIso3: 'LAO',
        year: '2024',
        area: 'art5',
        amount: 'lots',
        currency: 'EUR',
        status: 'committed',
      },
      cookie,
    );
    await expectPage(edit, 422, ['value="lots"']);
    const removed = await postForm(app, `/cooperation/ledger/entries/${entry?.id}/remove`, {}, cookie);
    expect(removed.status).toBe(303);
    expect((await ledgerSnapshot(db)).entries).toEqual([]);
  });

  it('the ISU sets and deletes rates through the page, with a 422 round trip', async () => {
    const { db, app, cookie } = await signedIn(database(), { role: 'isu' });
    const bad = await postForm(
      app,
      '/cooperation/rates',
      { currency: 'USD', year: '2023', usdPerUnit: '0', source: 'Mine' },
      cookie,
    );
    await expectPage(bad, 422, [
      'Choose a currency other than the US dollar.',
      'Give a number of US dollars per unit greater than zero.',
      'value="Mine"',
    ]);
    const ok = await postForm(
      app,
      '/cooperation/rates',
      { currency: 'EUR', year: '2023', usdPerUnit: '1.0813', source: 'Test source' },
      cookie,
    );
    expect(ok.status).toBe(303);
    const page = await (await app.request('/cooperation/rates')).text();
    expect(page).toContain('data-rate="EUR:2023"');
    expect(page).toContain('Test source');
    expect(page).not.toContain('action="/cooperation/rates/delete#errors"'); // anonymous reads only
    const del = await postForm(app, '/cooperation/rates/delete', { currency: 'EUR', year: '2023' }, cookie);
    expect(del.status).toBe(303);
    expect((await ledgerSnapshot(db)).rates).toEqual([]);
  });

  it('refuses the write pages to everyone but the ISU, changing nothing', async () => {
    const { db } = database();
    const { pledge } = await seed();
    const app = testApp(database());
    const cookies: Array<string | undefined> = [undefined];
    for (const spec of [
      { role: 'focal_point' as const, stateIso3: 'LAO' },
      { role: 'partner' as const, stateIso3: 'DEU' },
      { role: 'partner' as const, organisation: 'UNDP' },
      { role: 'coordinator' as const },
    ]) {
      cookies.push(await signIn(app, (await makeUser(db, spec)).email));
    }
    const before = await ledgerSnapshot(db);
    const entry = {
      providerIso3: 'NOR',
      recipientIso3: 'LBN',
      year: '2024',
      area: 'art4',
      status: 'disbursed',
    };
    for (const cookie of cookies) {
      const refused = (s: number) => expect([401, 403, 302, 303].includes(s) && s !== 200).toBe(true);
      const get = await app.request('/cooperation/ledger/new', cookie ? { headers: { cookie } } : {});
      expect(get.status).not.toBe(200);
      refused((await postForm(app, '/cooperation/ledger/new', entry, cookie)).status);
      refused((await postForm(app, `/cooperation/ledger/entries/${pledge}/edit`, entry, cookie)).status);
      refused((await postForm(app, `/cooperation/ledger/entries/${pledge}/remove`, {}, cookie)).status);
      refused(
        (
          await postForm(
            app,
            '/cooperation/rates',
            { currency: 'EUR', year: '2023', usdPerUnit: '2', source: 'mine' },
            cookie,
          )
        ).status,
      );
      refused(
        (await postForm(app, '/cooperation/rates/delete', { currency: 'NOK', year: '2023' }, cookie)).status,
      );
      if (cookie) {
        const redirect = await postForm(app, '/cooperation/ledger/new', entry, cookie);
        expect(redirect.status).toBe(403);
      }
    }
    const after = await ledgerSnapshot(db);
    expect(after.rates).toEqual(before.rates);
    expect(after.entries).toEqual(before.entries);
    expect(after.audit).toBe(before.audit);
  });
});
