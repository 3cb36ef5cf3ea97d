import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/modules/accounts/index.js';
import { ensureDemoData } from '../src/modules/cooperation/index.js';
import { postForm, signIn, TEST_NOW, testApp } from './app.js';
import { engines, useFreshDatabase } from './db.js';

/**
 * Bad input never yields a 500: every page and form of the web app and the API, asked with
 * numbers too large for any row, words where numbers go, unknown codes and empty or garbage forms,
 * by each kind of person. Whatever the answer (403, 404, 422, a redirect), it is never a server error.
 */
const HUGE = '99999999999';

const pages = [
  '/cooperation?year=abc',
  '/cooperation/needs?state=zz&area=nope&status=x',
  `/cooperation/needs/${HUGE}`,
  `/cooperation/needs/${HUGE}/edit`,
  '/cooperation/needs/0',
  '/cooperation/needs/new?state=%00',
  '/cooperation/offers?x=1',
  `/cooperation/offers/${HUGE}`,
  `/cooperation/offers/${HUGE}/edit`,
  '/cooperation/ledger?year=abc&state=zz&provider=1&recipient=%FF&area=x&origin=y&by=z',
  '/cooperation/ledger?format=pdf',
  `/cooperation/ledger/entries/${HUGE}`,
  `/cooperation/ledger/entries/${HUGE}/edit`,
  '/cooperation/ledger/reconciliation?year=-1',
  '/cooperation/ledger/donors?year=99999',
  '/cooperation/rates?year=abc',
  '/cooperation/responses?stage=x',
  '/cooperation/iati',
  `/cooperation/iati/${HUGE}`,
  `/reports/${HUGE}`,
  `/reports/1/versions/${HUGE}`,
  `/reports/1/versions/${HUGE}.docx`,
  `/reports/1/versions/1/forms/Z`,
  '/reports/1/diff?from=99999999&to=x',
  '/states/XXX',
  '/states/LBN/reports/diff?from=1&to=99999999999',
  `/api/v1/needs/${HUGE}`,
  '/api/v1/needs?state=zz&status=nope',
  '/api/v1/ledger?year=abc&includeUnreviewed=maybe',
  '/api/v1/ledger/reconciliation?year=x',
  `/api/v1/reports/${HUGE}/versions/${HUGE}`,
  '/api/v1/states/%FF',
];

const garbage = {
  id: HUGE,
  needId: HUGE,
  offerId: HUGE,
  ledgerEntryId: HUGE,
  amount: 'lots',
  year: 'x',
  currency: 'XXX',
  area: 'moon',
  stateIso3: '1',
  status: 'nope',
  decision: 'maybe',
  deliveredOn: '2026-13-45',
  needNowIs: 'x',
  lockVersion: '-1',
};

const forms = [
  '/cooperation/needs/new',
  `/cooperation/needs/${HUGE}/edit`,
  `/cooperation/needs/${HUGE}/reconfirm`,
  `/cooperation/needs/${HUGE}/status`,
  `/cooperation/needs/${HUGE}/consent`,
  `/cooperation/needs/${HUGE}/withdraw`,
  `/cooperation/needs/${HUGE}/responses`,
  '/cooperation/offers/new',
  `/cooperation/offers/${HUGE}/edit`,
  `/cooperation/offers/${HUGE}/reconfirm`,
  `/cooperation/offers/${HUGE}/withdraw`,
  `/cooperation/responses/${HUGE}/commit`,
  `/cooperation/responses/${HUGE}/deliver`,
  `/cooperation/responses/${HUGE}/withdraw`,
  `/cooperation/responses/${HUGE}/confirm`,
  '/cooperation/ledger/new',
  `/cooperation/ledger/entries/${HUGE}/edit`,
  `/cooperation/ledger/entries/${HUGE}/remove`,
  '/cooperation/rates',
  '/cooperation/rates/delete',
  `/cooperation/iati/entries/${HUGE}/review`,
  '/cooperation/iati/upload',
  '/cooperation/iati/preview',
  `/reports/${HUGE}/submit`,
  `/reports/${HUGE}/amend`,
  `/reports/${HUGE}/recall`,
  '/states/LBN/reports',
];

describe.each(engines)('no server error on bad input, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('for anonymous people, the ISU, a focal point and a partner', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    await ensureDemoAccounts(db);
    const app = testApp(database());
    const who: Array<[string, string | undefined]> = [['anonymous', undefined]];
    for (const email of ['isu@demo.ccm.local', 'lbn@demo.ccm.local', 'deu@demo.ccm.local'])
      who.push([email, await signIn(app, email, DEMO_PASSWORD)]);

    const failures: string[] = [];
    for (const [name, cookie] of who) {
      for (const path of pages) {
        const res = await app.request(path, { headers: cookie ? { cookie } : {} });
        if (res.status >= 500) failures.push(`${name} GET ${path} → ${res.status}`);
      }
      for (const path of forms) {
        for (const fields of [{}, garbage]) {
          const res = await postForm(app, path, fields, cookie);
          if (res.status >= 500)
            failures.push(`${name} POST ${path} ${JSON.stringify(fields).slice(0, 20)} → ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
