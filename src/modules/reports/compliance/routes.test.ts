import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  expectSentToSignIn,
  makeUser,
  postForm,
  signIn,
  TEST_BASE,
  type TestApp,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { createContext } from '../../../kernel/context.js';
import { translator } from '../../../kernel/i18n/index.js';
import { ensureDemoCooperation } from '../../cooperation/index.js';
import { outboxMessages } from '../../outbox/schema.js';
import { createReport, findReportFor, submitReport } from '../index.js';

async function get(app: TestApp, path: string, cookie?: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  const html = res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '';
  return { res, status: res.status, html };
}

/** The cookie a redirect sets, to send back on the next request as a browser would (the flash). */
const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .join('; ');

/** Asks for a reminder about a 2025 report, as the reminder form on the compliance page posts. */
const remind = (app: TestApp, fields: { iso3: string; kind: string; locale: string }, cookie?: string) =>
  postForm(app, '/reports/compliance/reminders', { ...fields, year: '2025' }, cookie);

/** The 2025 compliance page the reminder's redirect leads to, with the flash it set. */
const afterRedirect = (app: TestApp, cookie: string, res: Response) =>
  get(app, '/reports/compliance?year=2025', `${cookie}; ${cookiesOf(res)}`);

describe.each(engines)('compliance pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('shows the public the table, totals and downloads, without any reminder action', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const day = new Date('2026-04-15T10:00:00Z');
    const r = await createReport(createContext(db, isu, { now: day }), { iso3: 'LBN', year: 2025 });
    await submitReport(createContext(db, isu, { now: day }), {
      reportId: r.reportId,
      versionId: r.versionId,
      lockVersion: 0,
      channel: 'email',
      receivedOn: '2026-04-15',
    });
    const app = testApp(database());

    // Without a year: the latest whose 30 April has passed (2025 on 23 November 2026). 111 States
    // Parties were in force in 2025; ten still owe their initial report and are listed there instead.
    const page = await get(app, '/reports/compliance');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Article 7 reporting compliance</h1>');
    expect(page.html).toContain('<form method="get" action="/reports/compliance"');
    expect(page.html).toContain('<option value="2025" selected="">2025</option>');
    expect(page.html).toMatch(
      /<span class="big">1<\/span> of 101 reports received on time \(by 30 April 2026\)/,
    );
    expect(page.html).toContain(
      '<caption>Annual reports covering 2025: 101 States Parties owe one</caption>',
    );
    expect(page.html).toContain('<span class="badge ok">On time</span>');
    expect(page.html).toContain('<span class="badge overdue">Not received</span>');
    expect(page.html).toContain('11 States Parties have not submitted their initial report');
    expect(page.html).toContain('href="/reports/compliance.csv?year=2025"');
    // No actions, no log, no addresses for the public.
    expect(page.html).not.toContain('/reports/compliance/reminders');
    expect(page.html).not.toContain('/reports/compliance/letters/');
    expect(page.html).not.toContain('Reminders sent');

    // A bad or out-of-range year falls back to the default rather than failing.
    for (const bad of ['abc', '1999', '2031']) {
      const p = await get(app, `/reports/compliance?year=${bad}`);
      expect(p.status).toBe(200);
      expect(p.html).toContain('<option value="2025" selected="">2025</option>');
    }
    const y2022 = await get(app, '/reports/compliance?year=2022');
    expect(y2022.html).toContain('Annual reports covering 2022: 102 States Parties owe one');

    // Every string through the catalogue: the French page has no English table headings.
    const fr = await app.request('/reports/compliance', { headers: { cookie: 'lang=fr' } });
    const frHtml = await fr.text();
    expect(frHtml).toContain('Respect des obligations de l&#39;article 7 en matière de rapports');
    expect(frHtml).toContain('<span class="badge ok">Dans les délais</span>');
    expect(frHtml).not.toContain('Received on');

    // The letters and the reminder form are not the public's.
    expectSentToSignIn(
      await app.request('/reports/compliance/letters/BEL.docx?year=2025&kind=annual&language=en'),
      '/reports/compliance/letters/BEL.docx',
    );
  });

  it('/deadlines and /reports/compliance count the same overdue initial reports', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    // South Sudan's 2022 voluntary report, sent before it joined, is not its initial report;
    // Nigeria's initial report received here is, though the registry has not caught up yet.
    for (const [iso3, year, kind, receivedOn] of [
      ['SSD', 2022, 'voluntary', '2023-05-10'],
      ['NGA', 2024, 'initial', '2025-03-10'],
    ] as const) {
      const ctx = createContext(db, isu, { now: new Date(`${receivedOn}T10:00:00Z`) });
      const r = await createReport(ctx, { iso3, year, kind });
      await submitReport(ctx, {
        reportId: r.reportId,
        versionId: r.versionId,
        lockVersion: 0,
        channel: 'email',
        receivedOn,
      });
    }
    const app = testApp(database());
    const deadlines = (await get(app, '/deadlines')).html;
    const compliance = (await get(app, '/reports/compliance?year=2022')).html;
    const fromDeadlines = Number(
      /(\d+) States Parties have not submitted their initial Article 7 report/.exec(deadlines)?.[1],
    );
    const fromCompliance = Number(
      /(\d+) States Parties have not submitted their initial report/.exec(compliance)?.[1],
    );
    expect(fromDeadlines).toBe(10);
    expect(fromCompliance).toBe(10);
    const initial = deadlines.split('id="initial-reports"')[1]!;
    expect(initial).toContain('/states/SSD#article-7');
    expect(initial).not.toContain('/states/NGA#article-7');
    expect(deadlines).not.toContain('/states/NGA#article-7');
    expect(compliance).toContain('id="initial-SSD"');
  });

  it('says where 2022 rests on demonstration reports, and invents no received date', async () => {
    const { db } = database();
    await ensureDemoCooperation(db);
    const app = testApp(database());
    const page = (await get(app, '/reports/compliance?year=2022')).html;
    expect(page).toContain('data-demonstration="true"');
    const row = (iso3: string) => page.split(`id="annual-${iso3}"`)[1]!.split('</tr>')[0]!;
    // Mauritania's and Somalia's 2022 reports are demonstration data: no source gives a received day.
    for (const iso3 of ['MRT', 'SOM']) {
      expect(row(iso3)).not.toContain('On time');
      // 30 April 2023 appears once, as the due day; no received day is given.
      expect(row(iso3).match(/2023/g)).toHaveLength(1);
      expect(row(iso3)).toContain('Received date not known');
      expect(row(iso3)).toContain('Demonstration data');
    }
    // Chile, Cameroon, South Africa: nothing is recorded here, which is not "did not report".
    for (const iso3 of ['CHL', 'CMR', 'ZAF']) {
      expect(row(iso3)).not.toContain('Not received');
      expect(row(iso3)).toContain('No report recorded here');
    }
    const csv = await app.request('/reports/compliance.csv?year=2022');
    const rows = parse(Buffer.from(await csv.arrayBuffer()), { bom: true }) as string[][];
    const header = rows[0]!;
    const demo = header.indexOf('Demonstration data');
    expect(demo).toBeGreaterThan(0);
    const mrt = rows.find((r) => r[0] === 'MRT')!;
    expect(mrt[demo]).toBe('yes');
    expect(mrt[header.indexOf('Received on')]).toBe('');
    expect(mrt[header.indexOf('Status')]).toBe('Received date not known');
    expect(rows.find((r) => r[0] === 'CHL')![demo]).toBe('');
    // The report's own pages say so too, and show no received date.
    const mrtReport = await findReportFor(db, 'MRT', 2022);
    for (const path of [`/reports/${mrtReport?.id}`, `/reports/${mrtReport?.id}/versions/1`]) {
      const own = (await get(app, path)).html;
      expect(own).toContain('data-demonstration="true"');
      expect(own).toContain('not known (demonstration report)');
      expect(own).not.toContain('30 June 2023');
    }
    const xlsx = await app.request('/reports/compliance.xlsx?year=2022');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const xlsxHeader = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = xlsxHeader.indexOf('Demonstration data') + 1;
    expect(col).toBeGreaterThan(0);
    const marked: unknown[] = [];
    sheet.eachRow((r) => {
      if (r.getCell(col).value === 'yes') marked.push(r.getCell(1).value);
    });
    expect(marked).toContain('MRT');
  });

  it('exports the table as CSV and XLSX', async () => {
    const app = testApp(database());
    const csv = await app.request('/reports/compliance.csv?year=2025');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="article7-compliance-2025-2026-11-23\.csv"$/,
    );
    const rows = parse(Buffer.from(await csv.arrayBuffer()), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Code',
      'State',
      'Due',
      'Received on',
      'Status',
      'Report',
      'Demonstration data',
    ]);
    expect(rows).toHaveLength(1 + 101);
    expect(rows.find((r) => r[0] === 'BEL')).toEqual([
      'BEL',
      'Belgium',
      '2026-04-30',
      '',
      'Not received',
      '',
      '',
    ]);

    const xlsx = await app.request('/reports/compliance.xlsx?year=2025');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Compliance 2025');
    expect(sheet.rowCount).toBe(1 + 101);
  });

  it('gives the ISU letters, e-mail text and a reminder form; a focal point gets 403; the ISU’s post queues and redirects', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fpBel = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
    const app = testApp(database());
    const isuCookie = await signIn(app, isu.email);
    const fpCookie = await signIn(app, fpBel.email);

    const page = await get(app, '/reports/compliance?year=2025', isuCookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<form method="post" action="/reports/compliance/reminders#errors"');
    expect(page.html).toContain(
      'href="/reports/compliance/letters/BEL.docx?year=2025&amp;kind=annual&amp;language=fr"',
    );
    expect(page.html).toContain(
      'href="/reports/compliance/letters/COM?year=2025&amp;kind=initial&amp;language=en"',
    );
    expect(page.html).toContain('No reminder has been sent yet.');

    // A focal point sees the public page, and may not send.
    const fpPage = await get(app, '/reports/compliance?year=2025', fpCookie);
    expect(fpPage.html).not.toContain('/reports/compliance/reminders');
    const refused = await remind(app, { iso3: 'BEL', kind: 'annual', locale: 'en' }, fpCookie);
    expect(refused.status).toBe(403);
    expect((await get(app, '/reports/compliance/letters/BEL?year=2025&kind=annual', fpCookie)).status).toBe(
      403,
    );
    expect(await db.select().from(outboxMessages)).toEqual([]);

    // The ISU sends in Spanish: Post/Redirect/Get with a flash, and the messages are in the outbox.
    const sent = await remind(app, { iso3: 'BEL', kind: 'annual', locale: 'es' }, isuCookie);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/reports/compliance?year=2025#outcome');
    const messages = await db.select().from(outboxMessages);
    expect(messages).toHaveLength(1);
    // Without SMTP the message is kept, marked not sent (delivery ran after the commit).
    expect(messages[0]).toMatchObject({
      purpose: 'reminder',
      toAddress: fpBel.email,
      locale: 'es',
      stateIso3: 'BEL',
      status: 'not_configured',
    });
    expect(messages[0]!.body).toContain(`${TEST_BASE}/states/BEL/reports`);
    const after = await afterRedirect(app, isuCookie, sent);
    expect(after.html).toContain('1 reminder to Belgium has been queued.');
    expect(after.html).toContain('Reminders sent');
    expect(after.html).toContain(fpBel.email);
    expect(after.html).toContain('Last reminder queued on');

    // No focal point: nothing queued, and the page says to use the letter.
    const none = await remind(app, { iso3: 'CHL', kind: 'annual', locale: 'en' }, isuCookie);
    expect(none.status).toBe(303);
    const noneFlash = await afterRedirect(app, isuCookie, none);
    expect(noneFlash.html).toContain(
      'No focal point is registered for Chile, so no message was queued: print or download the letter instead.',
    );
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.stateIso3, 'CHL'))).toEqual([]);

    // A report that is not owed: back to the table with the reason.
    const notOwed = await remind(app, { iso3: 'IDN', kind: 'annual', locale: 'en' }, isuCookie);
    expect(notOwed.status).toBe(303);
    const notOwedFlash = await afterRedirect(app, isuCookie, notOwed);
    expect(notOwedFlash.html).toContain('Indonesia does not owe this report, so no reminder can be sent.');
    // A French reader reads the State's French name in the refusal and in the outcome.
    const fr = `${isuCookie}; lang=fr`;
    const notOwedFr = await afterRedirect(
      app,
      fr,
      await remind(app, { iso3: 'IDN', kind: 'annual', locale: 'en' }, fr),
    );
    const unescaped = (html: string) => html.replaceAll('&#39;', "'").replaceAll('&#x27;', "'");
    expect(unescaped(notOwedFr.html)).toContain(
      translator('fr')('compliance:errors.notOwed', { state: 'Indonésie' }),
    );
    expect(notOwedFr.html).not.toContain('Indonesia');
    const noneFr = await afterRedirect(
      app,
      fr,
      await remind(app, { iso3: 'CHL', kind: 'annual', locale: 'en' }, fr),
    );
    expect(unescaped(noneFr.html)).toContain(
      translator('fr')('compliance:flash.noFocalPoint', { state: 'Chili' }),
    );

    // The letter, as Word, and the e-mail text to copy.
    const docx = await app.request('/reports/compliance/letters/BEL.docx?year=2025&kind=annual&language=fr', {
      headers: { cookie: isuCookie },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="reminder-BEL-2025-fr.docx"');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    const text = await get(
      app,
      '/reports/compliance/letters/COM?year=2025&kind=initial&language=fr',
      isuCookie,
    );
    expect(text.status).toBe(200);
    expect(text.html).toContain('<h1>Reminder to Comoros</h1>');
    expect(text.html).toContain('<textarea id="reminder-body" readonly="" rows="24" lang="fr" dir="auto">');
    expect(text.html).toContain('au plus tard le 30 juin 2011');
    expect((await get(app, '/reports/compliance/letters/XXX?year=2025', isuCookie)).status).toBe(404);
  });

  it('lets a Coordinator send; sends anonymous people to sign in', async () => {
    const { db } = database();
    const coordinator = await makeUser(db, { role: 'coordinator' });
    await makeUser(db, { role: 'focal_point', stateIso3: 'TGO' });
    const app = testApp(database());
    expectSentToSignIn(await remind(app, { iso3: 'TGO', kind: 'initial', locale: 'fr' }));
    expect(await db.select().from(outboxMessages)).toEqual([]);

    const cookie = await signIn(app, coordinator.email);
    const sent = await remind(app, { iso3: 'TGO', kind: 'initial', locale: 'fr' }, cookie);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/reports/compliance?year=2025#outcome');
    const [m] = await db.select().from(outboxMessages);
    expect(m?.subject).toContain('rapport initial de transparence (Togo, article 7)');
  });
});
