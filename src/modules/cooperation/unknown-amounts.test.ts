import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  lebanonFocalPoint,
  makeUser,
  postForm,
  signedIn,
  signIn,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { isUnknownWord } from '../../kernel/numbers.js';
import { createApiToken } from '../accounts/index.js';
import { ledgerSnapshot } from './ledger/testing.js';
import { needForm, needRows } from './needs/testing.js';
import { offers } from './schema.js';

/*
 * Issue 14, point 4: an amount left empty or typed as "unknown" in any language is stored as unknown
 * (null: these amounts have no "not reported") and shown as the word, never as 0, on the pages and
 * in the downloads.
 */

describe('the words for an unknown amount', () => {
  it('are read in every language, and nothing else is', () => {
    for (const w of [
      'unknown',
      'Unknown',
      ' UNKNOWN ',
      'Not known',
      'inconnu',
      'Inconnu',
      'desconocido',
      'غير معروف',
    ])
      expect(isUnknownWord(w), w).toBe(true);
    for (const w of ['0', '', 'lots', 'none', 'unknow', 12]) expect(isUnknownWord(w), String(w)).toBe(false);
  });
});

describe.each(engines)('unknown cooperation amounts on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a need whose cost is typed "inconnu" is stored unknown and shown as the word, on the page and in the CSV', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const fr = `${cookie}; lang=fr`;
    const res = await postForm(
      app,
      '/cooperation/needs/new',
      { ...needForm, estimatedCost: 'inconnu', nationalContribution: 'Desconocido' },
      fr,
    );
    expect(res.status).toBe(303);
    const [need] = await needRows(db);
    expect(need).toMatchObject({ estimatedCost: null, nationalContribution: null });
    const page = await app.request(`/cooperation/needs/${need?.id}`, { headers: { cookie: fr } });
    const html = await expectPage(page, 200, ['<dt>Coût estimé</dt><dd>Inconnu</dd>']);
    expect(html).toContain('Inconnu</dd>');
    const csv = await (await app.request('/cooperation/needs.csv', { headers: { cookie } })).text();
    const [head, row] = csv.trim().split(/\r?\n/);
    // Cells of one CSV line; quoted cells may hold commas (no line here holds a quote or a line break).
    const cells = (line: string | undefined) =>
      [...(line ?? '').matchAll(/("[^"]*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
    const cost = cells(head).indexOf('Estimated cost');
    expect(cost).toBeGreaterThanOrEqual(0);
    expect(cells(row)[cost]).toBe('Not known');
    const xlsx = await app.request('/cooperation/needs.xlsx', { headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(cost + 1).value).toBe('Not known');
  });

  it('a need added through the API with "desconocido" has a null cost, never 0', async () => {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, lebanonFocalPoint);
    const { token } = await createApiToken(ctxFor(db, fp), { name: 'script', write: true });
    const res = await app.request('/api/v1/needs', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-language': 'es',
      },
      body: JSON.stringify({
        stateIso3: 'LBN',
        area: 'art4',
        description: 'Survey',
        estimatedCost: 'desconocido',
      }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { estimatedCost: unknown }).estimatedCost).toBeNull();
    expect((await needRows(db))[0]?.estimatedCost).toBeNull();
  });

  it('an offer whose yearly amount is typed "unknown" is stored unknown and shown as the word', async () => {
    const { db } = database();
    const { app } = await signedIn(database(), lebanonFocalPoint);
    const partner = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const cookie = await signIn(app, partner.email);
    const res = await postForm(
      app,
      '/cooperation/offers/new',
      {
        title: 'Teams for survey',
        areas: 'art4',
        types: 'technical',
        priorityStates: 'LBN',
        annualAmount: 'غير معروف',
        currency: 'EUR',
        contact: 'ops@example.org',
      },
      cookie,
    );
    expect(res.status).toBe(303);
    const [offer] = await db.select().from(offers);
    expect(offer?.annualAmount).toBeNull();
    const es = `${cookie}; lang=es`;
    await expectPage(
      await app.request(`/cooperation/offers/${offer?.id}`, { headers: { cookie: es } }),
      200,
      ['Desconocido'],
    );
    const list = await (await app.request('/cooperation/offers', { headers: { cookie: es } })).text();
    expect(list).toContain('Desconocido');
  });

  it('a ledger entry whose amount is typed "unknown" is stored unknown and written as the word in the CSV', async () => {
    const { db, app, cookie } = await signedIn(database(), { role: 'isu' });
    const res = await postForm(
      app,
      '/cooperation/ledger/new',
      {
        providerIso3: 'NOR',
        recipientIso3: 'LAO',
        year: '2024',
        area: 'art5',
        amount: 'Unknown',
        status: 'committed',
      },
      cookie,
    );
    expect(res.status).toBe(303);
    const [entry] = (await ledgerSnapshot(db)).entries;
    expect(entry?.amount).toBeNull();
    const fr = `${cookie}; lang=fr`;
    await expectPage(
      await app.request(`/cooperation/ledger/entries/${entry?.id}`, { headers: { cookie: fr } }),
      200,
      ['Inconnu'],
    );
    const csv = await (await app.request('/cooperation/ledger?format=csv', { headers: { cookie } })).text();
    const [head, row] = csv.trim().split(/\r?\n/);
    const amount = (head ?? '').split(',').indexOf('Amount as reported');
    expect(amount).toBeGreaterThanOrEqual(0);
    expect((row ?? '').split(',')[amount]).toBe('Not known');
  });
});
