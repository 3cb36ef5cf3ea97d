import { gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  expectPage,
  expectSentToSignIn,
  lebanonFocalPoint,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  TEST_NOW,
  type TestApp,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRows, xlsxSheet } from '../../../test/downloads.js';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import { listDeadlines } from './queries.js';
import { obligationEvents, states } from './schema.js';
import { signedInAs } from './testing.js';

const today = isoDay(TEST_NOW);

async function get(app: TestApp, path: string, cookie?: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  return {
    res,
    status: res.status,
    text: res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '',
  };
}

/** A snapshot of what the forms could change, to show that a refused post changed nothing. */
async function snapshot(db: Db) {
  const [lbn] = await db.select().from(states).where(eq(states.iso3, 'LBN'));
  const events = await db.select({ id: obligationEvents.id }).from(obligationEvents);
  return { lbn: { ...lbn, updatedAt: undefined }, events: events.length };
}

/** The count sentence above the States table. */
const countOf = (html: string) => Number(/(\d+) States? shown/.exec(html)?.[1]);
const bodyRows = (html: string) =>
  (html.split('<tbody>')[1]?.split('</tbody>')[0]?.split('<tr').length ?? 1) - 1;

const LBN_DECISION = '/states/LBN/obligations/4/events/new?kind=extension_decided';
const LBN_REQUEST = '/states/LBN/obligations/4/events/new?kind=extension_requested';

describe.each(engines)('states pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('GET /states lists every State, filters with a plain GET form, and ignores bad values', async () => {
    const app = testApp(database());
    const all = await get(app, '/states');
    expect(all.status).toBe(200);
    expect(countOf(all.text)).toBe(169);
    expect(bodyRows(all.text)).toBe(169);
    expect(all.text).toContain('<a href="/states/LBN">Lebanon</a>');
    expect(all.text).toContain('<form method="get" action="/states"');
    expect(all.text).toContain('<th scope="col">');
    expect(all.text).toContain('<caption>');

    const parties = await get(app, '/states?status=state_party');
    expect(countOf(parties.text)).toBe(112);
    expect(parties.text).toContain('href="/states.csv?status=state_party"');
    expect(parties.text).toContain('href="/states.xlsx?status=state_party"');

    const withdrawnEurope = await get(app, '/states?status=withdrawn&region=Europe');
    expect(countOf(withdrawnEurope.text)).toBe(1);
    expect(withdrawnEurope.text).toContain('Lithuania');

    const search = await get(app, '/states?q=leban');
    expect(countOf(search.text)).toBe(1);
    expect(search.text).toContain('Lebanon');
    expect(countOf((await get(app, '/states?q=lbn')).text)).toBe(1);

    const open = await get(app, '/states?open=1&sort=deadline');
    expect(countOf(open.text)).toBeGreaterThan(5);
    expect(countOf(open.text)).toBeLessThan(112);
    expect(open.text).toContain('checked');
    expect(open.text).toContain('href="/states.csv?open=1&amp;sort=deadline"');
    // Sorted by next deadline: the year-only 2026 deadlines come after 2025-08-01 and before 2026-03-01.
    const order = ['Germany', 'Afghanistan', 'Somalia', 'Lebanon', 'Chile'].map((n) =>
      open.text.indexOf(`>${n}<`),
    );
    expect(order.every((pos) => pos > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(open.text).toContain('class="overdue"');

    const bad = await get(
      app,
      `/states?status=bogus&region=Mars&sort=%3Cscript%3E&open=maybe&q=${'x'.repeat(300)}`,
    );
    expect(bad.status).toBe(200);
    expect(countOf(bad.text)).toBe(169);
    expect(bad.text).not.toContain('<script>');
  });

  it("names and sorts States in the reader's language, and finds them by any language's name", async () => {
    const app = testApp(database());
    const fr = await get(app, '/states?lang=fr');
    expect(bodyRows(fr.text)).toBe(169);
    expect(fr.text).toContain('<a href="/states/LBN">Liban</a>');
    expect(fr.text).not.toContain('>Lebanon<');
    // French order, not English: Allemagne before Autriche (Germany after Austria in English).
    const at = (html: string, name: string) => html.indexOf(`>${name}<`);
    expect(at(fr.text, 'Allemagne')).toBeGreaterThan(0);
    expect(at(fr.text, 'Allemagne')).toBeLessThan(at(fr.text, 'Autriche'));
    expect(at(fr.text, 'Éthiopie')).toBeLessThan(at(fr.text, 'Fidji')); // É sorts with E
    const en = await get(app, '/states');
    expect(at(en.text, 'Austria')).toBeLessThan(at(en.text, 'Germany'));

    for (const q of ['Liban', 'L%C3%ADbano', 'libano', 'Lebanon', encodeURIComponent('لبنان')]) {
      const found = await get(app, `/states?lang=fr&q=${q}`);
      expect(bodyRows(found.text), q).toBe(1);
      expect(found.text).toContain('<a href="/states/LBN">Liban</a>');
    }
    expect((await get(app, '/states?q=Liban')).text).toContain('<a href="/states/LBN">Lebanon</a>');
    expect((await get(app, '/states/LBN?lang=es')).text).toContain('Líbano');
  });

  it('downloads the States list as CSV and XLSX with the same filters', async () => {
    const app = testApp(database());
    const all = await csvRows(app.request('/states.csv'));
    expect(all).toHaveLength(170);
    expect(all[0]).toEqual([
      'ISO3',
      'State',
      'UN region',
      'Convention status',
      'Signature',
      'Instrument deposited',
      'Instrument type',
      'Entry into force',
      'Initial report due',
      'Open obligations',
      'Next deadline',
      'Next deadline (year or month only)',
    ]);
    const lbn = all.find((r) => r[0] === 'LBN');
    expect(lbn).toEqual([
      'LBN',
      'Lebanon',
      'Asia',
      'State Party',
      '2008-12-03',
      '2010-11-05',
      'Ratification',
      '2011-05-01',
      '2011-10-28',
      '1',
      '2026-05-01',
      '',
    ]);
    expect(await csvRows(app.request('/states.csv?status=state_party&region=Asia'))).toHaveLength(
      1 + countOf((await get(app, '/states?status=state_party&region=Asia')).text),
    );
    expect(await csvRows(app.request('/states.csv?status=nonsense'))).toHaveLength(170);
    const sheet = await xlsxSheet(app.request('/states.xlsx?status=state_party'));
    expect(sheet.rowCount).toBe(113);
    expect(sheet.getRow(1).getCell(1).value).toBe('ISO3');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // Days are date cells a spreadsheet sorts and filters; a deadline known only to the year has its own column.
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const lbnRow = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(1).value === 'LBN')!;
    const next = lbnRow.getCell(header.indexOf('Next deadline'));
    expect(next.value).toEqual(new Date('2026-05-01T00:00:00Z'));
    expect(next.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('GET /states/LBN shows the treaty facts, each obligation, its history and the sources', async () => {
    const app = testApp(database());
    const { status, text } = await get(app, '/states/LBN');
    expect(status).toBe(200);
    expect(text).toContain('<h1>Lebanon');
    expect(text).toContain('1 May 2011'); // entry into force
    expect(text).toContain('Article 4 — Clearance and risk reduction education');
    expect(text).toContain('1 May 2021'); // original Art 4 deadline
    expect(text).toContain('1 May 2026'); // current, after the 2RC extension
    // Past 1 May 2026 with the 13MSP request's outcome not recorded: not "overdue" (issue: the
    // meeting may have granted it), but a passed deadline whose decision is not recorded.
    expect(text).toContain('<dd class="undecided"><span class="badge">Decision not recorded</span>');
    expect(text).not.toContain('<span class="badge">Overdue</span>');
    expect(text).toContain('<span class="badge">Pending</span> considered at 13MSP');
    expect(text).toContain('unconfirmed: a decision may exist');
    expect(text).toContain('Article 5 — Victim assistance');
    expect(text).toContain('None: an ongoing obligation');
    expect(text).toContain('Article 7 — Initial transparency report');
    expect(text).toContain(
      'The next annual report is due by 30 April 2027 and covers the calendar year 2026.',
    );
    expect(text).toContain('the 11MSP Progress Report does not list it as overdue'); // the seed's note code, translated
    expect(text).toContain('<a href="https://www.mineactionreview.org/country/lebanon" rel="noreferrer">');
    expect(text).toContain('History of the Art. 4 clearance obligation');
    // Anonymous readers see no editing links.
    expect(text).not.toContain('/edit"');
    expect(text).not.toContain('/events/new');
  });

  it('profiles say when a date is partial or unconfirmed, and when a State withdrew', async () => {
    const app = testApp(database());
    const afg = await get(app, '/states/AFG');
    expect(afg.text).toContain('2026<span class="hint"> (exact date not known, year only)</span>');
    expect(afg.text).toContain('<span class="unconfirmed"> (unconfirmed)</span>');
    expect(afg.text).toContain('Counted to 31 December 2026');
    const ltu = await get(app, '/states/LTU');
    expect(ltu.text).toContain('Withdrawn');
    expect(ltu.text).toContain('effective 6 March 2025');
    expect(ltu.text).not.toContain('class="overdue"');
    const bih = await get(app, '/states/BIH');
    expect(bih.text).toContain(
      'Completed · 2023<span class="hint"> (exact date not known, year only)</span>',
    );
  });

  it('an unknown State is a 404 page; a lowercase code redirects to the canonical address', async () => {
    const app = testApp(database());
    const missing = await get(app, '/states/ZZZ');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('There is no State with the code ZZZ.');
    expect((await get(app, '/states/LBNX')).status).toBe(404);
    const lower = await app.request('/states/lbn?x=1');
    expect(lower.status).toBe(301);
    expect(lower.headers.get('location')).toBe('/states/LBN?x=1');
  });

  it('GET /deadlines lists open deadlines by urgency, highlights them, and downloads', async () => {
    const { db } = database();
    const app = testApp(database());
    const { status, text } = await get(app, '/deadlines');
    expect(status).toBe(200);
    const expected = await listDeadlines(db, today);
    const main = text.split('id="initial-reports"')[0]!;
    expect(bodyRows(main)).toBe(expected.length);
    expect(main).toContain(
      '<tr class="undecided"><th scope="row"><a href="/states/LBN#article-4">Lebanon</a>',
    );
    // Chad's 12MSP extension ran to 1 October 2026 and no new request is recorded: overdue.
    expect(main).toContain('<tr class="overdue"><th scope="row"><a href="/states/TCD#article-4">Chad</a>');
    // The six States whose requests were before meetings with no recorded outcome are never "overdue".
    for (const iso3 of ['IRQ', 'DEU', 'LAO', 'SOM', 'LBN', 'CHL'])
      expect(main).toContain(`<tr class="undecided"><th scope="row"><a href="/states/${iso3}#article-4">`);
    expect(main).toContain('<tr class="soon">');
    expect(main).toContain('<span class="badge">Overdue</span>');
    expect(main).toContain('<span class="badge">Due within 24 months</span>');
    // Most urgent first: the order of the page is the order of the query.
    const positions = expected.map((r) =>
      main.indexOf(`/states/${r.state.iso3}#article-${r.obligation.article}"`),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const initial = text.split('id="initial-reports"')[1]!;
    const overdueInitial = expected.filter(
      (r) => r.obligation.article === 7 && r.obligation.remaining?.overdue,
    );
    expect(overdueInitial.length).toBeGreaterThan(0);
    expect(bodyRows(initial)).toBe(overdueInitial.length);
    expect(initial).toContain('/states/NGA#article-7');

    const csv = await csvRows(app.request('/deadlines.csv'));
    expect(csv).toHaveLength(expected.length + 1);
    expect(csv.find((r) => r[0] === 'LBN')).toEqual(
      expect.arrayContaining(['Lebanon', 'Art. 4 clearance', '2021-05-01', '2026-05-01', 'Yes']),
    );
    // Afghanistan's clearance deadline is known only as "2026": it is in the year column, not among the days.
    const current = csv[0]!.indexOf('Current deadline');
    expect(csv[0]![current + 1]).toBe('Current deadline (year or month only)');
    const afg = csv.find((r) => r[0] === 'AFG' && r[3] === 'Art. 4 clearance')!;
    expect([afg[current], afg[current + 1]]).toEqual(['', '2026']);
    const sheet = await xlsxSheet(app.request('/deadlines.xlsx'));
    expect(sheet.rowCount).toBe(expected.length + 1);
  });

  it('public pages cite source documents by title, never by an internal file name', async () => {
    const app = testApp(database());
    for (const path of ['/states/LBN', '/states/ZAF', '/states/NGA', '/states/CPV', '/deadlines']) {
      const { status, text } = await get(app, path);
      expect(status).toBe(200);
      expect(text).not.toMatch(/\bseed\b/i);
      expect(text).not.toMatch(/00\d_[0-9a-f]{16}/);
    }
    const lbn = (await get(app, '/states/LBN')).text;
    expect(lbn).toContain(
      'Convention on Cluster Munitions 11MSP Progress Report: Monitoring progress in implementing the Lausanne Action Plan (17 July 2023)',
    );
  });

  it('GET /deadlines puts every passed deadline first (overdue, or its decision not recorded), then the rest by the days left', async () => {
    const app = testApp(database());
    const { text } = await get(app, '/deadlines');
    const body = text.split('id="initial-reports"')[0]!.split('<tbody>')[1]!;
    const rows = [
      ...body.matchAll(/<tr(?: class="(\w+)")?><th scope="row"><a href="\/states\/(\w+)#article-(\d)"/g),
    ];
    const passed = rows.map((m) => m[1] === 'overdue' || m[1] === 'undecided');
    expect(passed.indexOf(false)).toBeGreaterThan(0);
    expect(passed.slice(passed.indexOf(false))).not.toContain(true);
    // Lebanon's Article 4 deadline (1 May 2026) has passed; Afghanistan's (some day in 2026) has not.
    const at = (iso3: string) => rows.findIndex((m) => m[2] === iso3 && m[3] === '4');
    expect(at('LBN')).toBeGreaterThanOrEqual(0);
    expect(at('LBN')).toBeLessThan(at('AFG'));
    const days = (await listDeadlines(database().db, today))
      .filter((r) => !r.obligation.remaining?.overdue && !r.obligation.remaining?.decisionNotRecorded)
      .map((r) => r.obligation.remaining?.days ?? Number.POSITIVE_INFINITY);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
  });

  it('anonymous posts to the edit forms are sent to sign in, and change nothing', async () => {
    const { db } = database();
    const app = testApp(database());
    const before = await snapshot(db);
    for (const path of ['/states/LBN/edit', LBN_DECISION]) expectSentToSignIn(await app.request(path), path);
    const posts = [
      ['/states/LBN/edit', { ccmStatus: 'signatory', reason: 'anonymous attempt' }],
      [LBN_DECISION, { outcome: 'granted', newDeadline: '2031-05-01' }],
      [LBN_REQUEST, { requestedDeadline: '2031-05-01' }],
    ] as const;
    for (const [path, fields] of posts) expectSentToSignIn(await postForm(app, path, fields), path);
    expect(await snapshot(db)).toEqual(before);
  });

  it("a focal point cannot edit another State's data, nor decide on its own State's request", async () => {
    const { db } = database();
    const app = testApp(database());
    const chl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const lbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const before = await snapshot(db);
    const chlCookie = await signIn(app, chl.email);
    expect((await get(app, '/states/LBN/edit', chlCookie)).status).toBe(403);
    expect((await get(app, LBN_REQUEST, chlCookie)).status).toBe(403);
    const edit = await postForm(
      app,
      '/states/LBN/edit',
      { ccmStatus: 'signatory', signatureDate: '2008-12-03', reason: 'not mine to change' },
      chlCookie,
    );
    await expectPage(edit, 403, ['You are not allowed to do this.']);
    const decide = await postForm(
      app,
      LBN_DECISION,
      { outcome: 'granted', newDeadline: '2031-05-01' },
      chlCookie,
    );
    expect(decide.status).toBe(403);
    const request = await postForm(app, LBN_REQUEST, { requestedDeadline: '2031-05-01' }, chlCookie);
    expect(request.status).toBe(403);
    // Even an invalid post is refused first, not answered with a form.
    expect((await postForm(app, LBN_DECISION, { outcome: 'x' }, chlCookie)).status).toBe(403);

    const lbnCookie = await signIn(app, lbn.email);
    expect(
      (await postForm(app, LBN_DECISION, { outcome: 'granted', newDeadline: '2031-05-01' }, lbnCookie))
        .status,
    ).toBe(403);
    expect(
      (await postForm(app, '/states/LBN/edit', { ccmStatus: 'signatory', reason: 'mine' }, lbnCookie)).status,
    ).toBe(403);
    expect(await snapshot(db)).toEqual(before);
  });

  it("the LBN focal point records LBN's extension request through the form; the profile shows it pending", async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const profile = await get(app, '/states/LBN', cookie);
    expect(profile.text).toContain(`href="${LBN_REQUEST}"`);
    expect(profile.text).not.toContain('kind=extension_decided');
    expect(profile.text).not.toContain('href="/states/LBN/edit"');
    expect((await get(app, '/states/CHL', cookie)).text).not.toContain('/events/new');

    const form = await get(app, LBN_REQUEST, cookie);
    expect(form.status).toBe(200);
    expect(form.text).toContain('<label for="f-requestedDeadline">');
    const res = await postForm(
      app,
      LBN_REQUEST,
      {
        occurredOn: '2026-03',
        meeting: '14MSP',
        requestedDeadline: '2031-05-01',
        confirmed: 'yes',
        note: 'Third request',
        source: 'https://www.clusterconvention.org/14msp',
        // Not fields of this form: ignored, the State comes from the address.
        iso3: 'CHL',
        referenceKey: 'ref:LBN:hijack',
      },
      cookie,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/states/LBN#article-4');
    const flash = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('flash='));
    const after = await get(app, '/states/LBN', `${cookie}; ${flash}`);
    expect(after.text).toContain('The extension request was recorded.');
    expect(after.text).toContain(
      '<span class="badge">Pending</span> considered at 14MSP · submitted March 2026 · new deadline asked: 1 May 2031',
    );
    expect(after.text).toContain('Third request');
    const [ev] = await db.select().from(obligationEvents).where(eq(obligationEvents.note, 'Third request'));
    expect(ev).toMatchObject({ referenceKey: null, recordedBy: fp.label });
    expect((await get(app, '/deadlines')).text).toContain('considered at 14MSP');
  });

  it('the ISU posting a decision without its new deadline gets the form back (422) with every typed value', async () => {
    const { db, app, cookie } = await signedInAs(database(), { role: 'isu' });
    const before = await snapshot(db);
    const res = await postForm(
      app,
      LBN_DECISION,
      {
        outcome: 'granted',
        newDeadline: '',
        occurredOn: '2026-09-15',
        meeting: '14MSP',
        confirmed: 'no',
        note: 'Typed <note> & kept',
        source: 'CCM/MSP/2026/5',
      },
      cookie,
    );
    await expectPage(res, 422, [
      'class="error-summary"',
      '<a href="#f-newDeadline">Give the new deadline (only a refusal has none).</a>',
      '<p class="error" id="f-newDeadline-error">Give the new deadline',
      'aria-invalid="true"',
      '<option value="granted" selected="">Granted</option>',
      'value="2026-09-15"',
      'value="14MSP"',
      '<option value="no" selected="">No</option>',
      'Typed &lt;note&gt; &amp; kept</textarea>',
      'CCM/MSP/2026/5</textarea>',
    ]);
    const badDate = await postForm(app, LBN_DECISION, { outcome: 'granted', newDeadline: '2031-13' }, cookie);
    await expectPage(badDate, 422, ['Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the ISU records a granted decision: the profile and /deadlines show the new deadline', async () => {
    const { app, cookie } = await signedInAs(database(), { role: 'isu' });
    const profile = await get(app, '/states/LBN', cookie);
    expect(profile.text).toContain('href="/states/LBN/edit"');
    expect(profile.text).toContain('kind=extension_decided');
    expect((await get(app, LBN_DECISION, cookie)).status).toBe(200);
    const res = await postForm(
      app,
      LBN_DECISION,
      {
        outcome: 'granted',
        newDeadline: '2031-05-01',
        meeting: '13MSP',
        confirmed: 'yes',
        source: 'CCM/MSP/2025/5',
      },
      cookie,
    );
    expect(res.status).toBe(303);
    const after = await get(app, '/states/LBN');
    expect(after.text).toContain('1 May 2031');
    expect(after.text).toMatch(/Pending extension request<\/dt><dd>None<\/dd>/);
    const deadlines = await get(app, '/deadlines');
    expect(deadlines.text).toMatch(/Lebanon<\/a><\/th><td>Art\. 4 clearance<\/td><td>1 May 2031<\/td>/);
    const csv = await csvRows(app.request('/deadlines.csv'));
    const current = csv[0]!.indexOf('Current deadline');
    expect(csv.find((r) => r[0] === 'LBN' && r[3] === 'Art. 4 clearance')?.[current]).toBe('2031-05-01');
  });

  it('the ISU corrects dates through the form: errors at their fields, then the new dates everywhere', async () => {
    const { app, cookie } = await signedInAs(database(), { role: 'isu' });
    const form = await get(app, '/states/LBN/edit', cookie);
    expect(form.status).toBe(200);
    expect(form.text).toContain('value="2010-11-05"');
    const bad = await postForm(
      app,
      '/states/LBN/edit',
      { ccmStatus: 'state_party', instrumentDate: '2011-01-10', instrumentType: 'ratification', reason: '' },
      cookie,
    );
    await expectPage(bad, 422, ['id="f-reason-error"', 'value="2011-01-10"']);
    const ok = await postForm(
      app,
      '/states/LBN/edit',
      {
        ccmStatus: 'state_party',
        signatureDate: '2008-12-03',
        instrumentDate: '2011-01-10',
        instrumentType: 'ratification',
        reason: 'deposit date misread',
      },
      cookie,
    );
    expect(ok.status).toBe(303);
    expect(outcomeAt(ok)).toBe('/states/LBN');
    const after = await get(app, '/states/LBN');
    expect(after.text).toContain('1 July 2011'); // entry into force
    expect(after.text).toContain('1 July 2021'); // original Art 4 deadline
  });

  it('event forms: an unknown kind or article is a 404; without a kind, a choice of what may be recorded', async () => {
    const { app, cookie } = await signedInAs(database(), { role: 'isu' });
    expect((await get(app, '/states/LBN/obligations/4/events/new?kind=nonsense', cookie)).status).toBe(404);
    expect(
      (await get(app, '/states/LBN/obligations/5/events/new?kind=extension_requested', cookie)).status,
    ).toBe(404);
    expect(
      (await get(app, '/states/LBN/obligations/3/events/new?kind=extension_requested', cookie)).status,
    ).toBe(404);
    expect(
      (await get(app, '/states/ZZZ/obligations/4/events/new?kind=extension_requested', cookie)).status,
    ).toBe(404);
    const choose = await get(app, '/states/LBN/obligations/4/events/new', cookie);
    expect(choose.status).toBe(200);
    expect(choose.text).toContain('kind=completion_declared');
    const art7 = await get(app, '/states/VUT/obligations/7/events/new?kind=initial_report_submitted', cookie);
    expect(art7.status).toBe(200);
    const res = await postForm(
      app,
      '/states/VUT/obligations/7/events/new?kind=initial_report_submitted',
      { occurredOn: '2026-10-01', confirmed: 'yes', source: 'UNODA' },
      cookie,
    );
    expect(res.status).toBe(303);
    const deadlines = await get(app, '/deadlines');
    expect(deadlines.text).not.toContain('/states/VUT#article-7');
  });

  it('pages stay light: /states, /states/LBN and /deadlines are each under 55 KB gzipped', async () => {
    const app = testApp(database());
    for (const path of ['/states', '/states/LBN', '/deadlines']) {
      const { text } = await get(app, path);
      const size = gzipSync(text).length;
      expect(size, path).toBeLessThan(55 * 1024);
    }
  });
});
