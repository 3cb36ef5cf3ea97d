import { readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectPage, fieldsOf, makeUser, outcomeAt, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../test/office.js';
import { EXT_NOW, lebanonScenario } from './testing.js';

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const f of cleanup) f();
});

describe.each(engines)('extension request pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function setUp() {
    await lebanonScenario(database().db);
    const app = testApp(database(), { now: EXT_NOW });
    const fp = await makeUser(database().db, { role: 'focal_point', stateIso3: 'LBN' });
    const other = await makeUser(database().db, { role: 'focal_point', stateIso3: 'CHL' });
    return { app, cookie: await signIn(app, fp.email), otherCookie: await signIn(app, other.email) };
  }

  it('a focal point starts from its profile, edits with errors kept, plans, submits, and exports to Word', async () => {
    const { app, cookie, otherCookie } = await setUp();
    const profile = await expectPage(await app.request('/states/LBN', { headers: { cookie } }), 200, [
      'Prepare an extension request (Article 4)',
    ]);
    expect(profile).toContain('action="/extension-requests/new#errors"');
    // Another State's focal point and the public get no such link.
    expect(
      await (await app.request('/states/LBN', { headers: { cookie: otherCookie } })).text(),
    ).not.toContain('Prepare an extension request');
    expect(await (await app.request('/states/LBN')).text()).not.toContain('Prepare an extension request');
    // Deadlines: the focal point of a State with an open obligation is pointed to it; the public is not.
    expect(await (await app.request('/deadlines', { headers: { cookie } })).text()).toContain(
      'href="/states/LBN#extension-requests-section">Prepare an extension request for Lebanon',
    );
    expect(await (await app.request('/deadlines')).text()).not.toContain('data-extension-link');

    const started = await postForm(app, '/extension-requests/new', { iso3: 'LBN', article: '4' }, cookie);
    expect(started.status).toBe(303);
    const path = outcomeAt(started);
    expect(path).toMatch(/^\/extension-requests\/\d+$/);
    const page = await expectPage(await app.request(path, { headers: { cookie } }), 200, [
      'Extension request of Lebanon, Article 4',
      '(f) Area remaining to be cleared, m²',
      '1,300,000',
      'Pre-filled from the 2024 report, version 1, Form F, the total given.',
      'One request may ask for up to 5 years (Art 4(5))',
    ]);
    expect(page).toMatch(/href="\/reports\/\d+\/versions\/1">Pre-filled from the 2024 report/);
    // A draft is not for other States or the public.
    expect((await app.request(path, { headers: { cookie: otherCookie } })).status).toBe(404);
    expect((await app.request(path)).status).toBe(404);
    expect(await (await app.request('/extension-requests')).text()).not.toContain(path);

    // Over the cap: 422, the values typed kept, the error at the field.
    const edit = await expectPage(await app.request(`${path}/edit`, { headers: { cookie } }), 200);
    const fields = fieldsOf(edit, `${path}/edit`);
    const refused = await postForm(
      app,
      `${path}/edit`,
      { ...fields, durationYears: '7', reasons: 'New areas found in the south' },
      cookie,
    );
    const again = await expectPage(refused, 422, [
      'A request under Article 4 may ask for up to five years (Art 4(5)).',
      'New areas found in the south',
    ]);
    expect(again).toContain('value="7"');
    const saved = await postForm(
      app,
      `${path}/edit`,
      { ...fieldsOf(again, `${path}/edit`), durationYears: '5' },
      cookie,
    );
    expect(saved.status).toBe(303);

    // The plan: a bad number comes back at its row, with what was typed.
    const planPage = await expectPage(await app.request(`${path}/plan`, { headers: { cookie } }), 200);
    const planFields = fieldsOf(planPage, `${path}/plan`);
    const row = {
      'rows.0.year': '2026',
      'rows.0.milestone': 'Survey of the south',
      'rows.0.quantity': '400000',
      'rows.0.cost': '1000000',
      'rows.0.currency': 'USD',
      'rows.0.nationalFunding': '200000',
      'rows.0.externalFunding': '300000',
    };
    const badPlan = await postForm(
      app,
      `${path}/plan`,
      { ...planFields, ...row, 'rows.1.year': 'soon', 'rows.1.milestone': 'Clearance' },
      cookie,
    );
    const badPage = await expectPage(badPlan, 422, ['Give a year.', 'Survey of the south', 'value="soon"']);
    expect(badPage).toContain('Row 2');
    const planSaved = await postForm(app, `${path}/plan`, { ...planFields, ...row }, cookie);
    expect(planSaved.status).toBe(303);
    const withPlan = await expectPage(await app.request(path, { headers: { cookie } }), 200, [
      'Survey of the south',
    ]);
    expect(withPlan).toContain('data-gap="500000"');

    const submitted = await postForm(
      app,
      `${path}/submit`,
      { ...fieldsOf(withPlan, `${path}/submit`), note: 'Late: survey ended in January.' },
      cookie,
    );
    expect(submitted.status).toBe(303);
    const done = await expectPage(await app.request(path), 200, [
      'Submitted',
      'To be considered at the 13MSP',
      'late; it was due by 16 December 2024',
    ]);
    expect(done).toContain('data-timeliness="late"');
    expect(done).toContain('Funding gap of 2026 (USD)');
    expect(await (await app.request('/extension-requests')).text()).toContain(path);

    const docx = await app.request(`${path}/request.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const body = Buffer.from(await docx.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    if (skipOfficeCheck) return;
    const { pdfs, cleanup: done2 } = await convertToPdf([{ name: 'extension-request', body }]);
    cleanup.push(done2);
    const pdf = pdfs[0]!;
    expect(statSync(pdf).size).toBeGreaterThan(2 * 1024);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdftotext = findCommand('pdftotext');
    if (!pdftotext) return;
    const { stdout } = await run(pdftotext, [pdf, '-'], { timeout: 60_000 });
    const words = stdout.replace(/\s+/g, ' ');
    expect(words).toContain('Request for an extension of the deadline: Lebanon, Article 4');
    expect(words).toContain('(f) Area remaining to be cleared, m²');
    expect(words).toContain('Survey of the south');
    expect(words).toMatch(/Page 1 of \d+/);
  }, 240_000);
});
