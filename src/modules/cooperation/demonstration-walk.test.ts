import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser, signIn, TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { reports } from '../reports/schema.js';
import { ensureDemoData } from './demo.js';
import { assistanceEntries, needs, offers } from './schema.js';

/** What a page, a download or an API answer says when it includes demonstration data. */
function marked(contentType: string, body: string): boolean {
  if (contentType.includes('text/html')) return body.includes('data-demonstration="true"');
  if (contentType.includes('json')) return /"includesDemonstrationData":true|"demonstration":true/.test(body);
  // A download: the demonstration column, with some row marked.
  return body.includes('Demonstration data') && /,yes(,|\r?\n|$)/.test(body);
}

describe.each(engines)('every page on the demonstration data says so, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('walks the public pages, downloads and API answers, signed out and as the ISU', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    const app = testApp(database());
    const isu = await makeUser(db, { role: 'isu' });
    const cookie = await signIn(app, isu.email);
    const [report] = await db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.stateIso3, 'LBN'), eq(reports.demonstration, true)));
    const [fromReport] = await db.select({ id: needs.id }).from(needs).where(eq(needs.origin, 'report'));
    const [offer] = await db.select({ id: offers.id }).from(offers);
    const [entry] = await db.select({ id: assistanceEntries.id }).from(assistanceEntries);
    expect(report && fromReport && offer && entry).toBeTruthy();

    const everyone = [
      '/states/LBN',
      '/states/LBN/reports',
      `/reports/${report?.id}`,
      `/reports/${report?.id}/versions/1`,
      '/reports/compliance?year=2022',
      '/reports/compliance.csv?year=2022',
      '/cooperation?year=2022',
      '/cooperation/needs',
      '/cooperation/needs.csv',
      '/cooperation/ledger',
      '/cooperation/ledger?format=csv',
      '/cooperation/ledger/donors',
      '/cooperation/ledger/reconciliation',
      `/cooperation/ledger/entries/${entry?.id}`,
      '/cooperation/rates',
      '/api/v1/needs',
      '/api/v1/ledger',
      '/api/v1/ledger/reconciliation',
      '/api/v1/ledger/donors',
      '/api/v1/rates',
      '/api/v1/states/LBN/reports',
      `/api/v1/reports/${report?.id}/versions/1`,
      '/api/v1/cooperation/summary?year=2022',
    ];
    // Needs read from Form J of the demonstration reports are not public; offers need a sign-in.
    const signedIn = [
      `/cooperation/needs/${fromReport?.id}`,
      `/api/v1/needs/${fromReport?.id}`,
      '/cooperation/offers',
      `/cooperation/offers/${offer?.id}`,
    ];
    const unmarked: string[] = [];
    for (const [who, paths] of [
      ['anonymous', everyone],
      ['isu', [...everyone, ...signedIn]],
    ] as const) {
      for (const path of paths) {
        const res = await app.request(path, who === 'isu' ? { headers: { cookie } } : {});
        expect(res.status, `${who} ${path}`).toBe(200);
        if (!marked(res.headers.get('content-type') ?? '', await res.text())) unmarked.push(`${who} ${path}`);
      }
    }
    expect(unmarked).toEqual([]);
  }, 120_000);
});
