import { gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  expectSentToSignIn,
  fieldsOf,
  lebanonFocalPoint,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  TEST_BASE,
  type TestApp,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { formOnPage, pressButton } from '../../../test/forms.js';
import { reportWithFormF } from '../../../test/reports.js';
import type { Db } from '../../db/client.js';
import { type Actor, anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { css } from '../../kernel/views/assets.js';
import { amendReport } from './amend-report.js';
import { createReport } from './create-report.js';
import { importWorkbook } from './import-workbook.js';
import { saveForm } from './save-form.js';
import { submitReport } from './submit-report.js';
import { contentSchema } from './template/content.js';
import { getTemplate } from './template/registry.js';
import { snapshot, versionsOf } from './testing.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function get(app: TestApp, path: string, cookie?: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  return {
    res,
    status: res.status,
    text: res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '',
  };
}

const flashOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('flash=')) ?? '';
const reportIdOf = (res: Response) => Number(/^\/reports\/(\d+)$/.exec(outcomeAt(res))?.[1]);
const bodyRows = (html: string) =>
  (html.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []).join('').split('<tr').length - 1;

function upload(
  app: TestApp,
  path: string,
  fields: Record<string, string>,
  file: Uint8Array<ArrayBuffer>,
  cookie?: string,
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('workbook', new File([file], 'report.xlsx', { type: XLSX }));
  return app.request(path, {
    method: 'POST',
    headers: { origin: TEST_BASE, ...(cookie ? { cookie } : {}) },
    body,
  });
}

const formF = {
  contaminatedAreas: [
    {
      location: 'Nabatieh',
      area: 1_200_000,
      remnantTypes: 'M42, M77',
      estimatedQuantity: 40,
      dateOfUse: '2006',
    },
  ],
  totalRemainingArea: 1_200_000,
};

/** LBN's 2022 report through the verbs: a draft with Form F filled in, optionally submitted. */
const seed2022 = (db: Db, fp: Actor, opts: { submit?: boolean } = {}) =>
  reportWithFormF(ctxFor(db, fp), { iso3: 'LBN', year: 2022 }, formF, opts);

describe.each(engines)('report pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  /** LBN's focal point signed in, with a new 2022 draft and its Form F as the page shows it. */
  const openFormF = async () => {
    const session = await signedIn(database(), lebanonFocalPoint);
    const draft = await createReport(ctxFor(session.db, session.user), { iso3: 'LBN', year: 2022 });
    const fPath = `/reports/${draft.reportId}/versions/1/forms/F`;
    const mine = await formOnPage(session.app, fPath, fPath, session.cookie);
    return { ...session, ...draft, fPath, mine };
  };

  it('a focal point lives through two years on the pages: create, edit, submit, pre-fill, unchanged, amend, diff', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);

    const list = await get(app, '/states/LBN/reports', cookie);
    expect(list.status).toBe(200);
    expect(list.text).toContain('No Article 7 report of this State is on the platform yet.');
    expect(list.text).toContain('<form method="post" action="/states/LBN/reports#errors"');
    // Last year is the usual one; the clock says 2026.
    expect(list.text).toContain('<option value="2025" selected="">2025</option>');
    expect(list.text).not.toContain('key in a report received by e-mail');

    // 2022: starts empty, Form F gets a contaminated area, then it is submitted.
    const created = await postForm(app, '/states/LBN/reports', { year: '2022', kind: '' }, cookie);
    expect(created.status).toBe(303);
    const r22 = reportIdOf(created);
    const overview = await get(app, `/reports/${r22}`, `${cookie}; ${flashOf(created)}`);
    expect(overview.text).toContain('The report for 2022 was started.');
    expect(overview.text).toContain('This draft started empty');
    expect(overview.text).toContain(`href="/reports/${r22}/versions/1/forms/F"`);
    // Nothing to confirm in an empty draft: no one-click "Unchanged".
    expect(overview.text).not.toContain('/unchanged"');

    const fPath = `/reports/${r22}/versions/1/forms/F`;
    const edit = await get(app, fPath, cookie);
    expect(edit.status).toBe(200);
    expect(edit.text).toContain('inputmode="decimal"');
    expect(edit.text).toContain('name="v.contaminatedAreas.2.location"');
    expect(edit.text).not.toContain('name="v.contaminatedAreas.3.location"');
    expect(edit.text).toContain('aria-label="Location, row 1"');
    expect(edit.text).toContain('<legend>Areas contaminated by cluster munition remnants</legend>');
    expect(edit.text).toContain('<th scope="col">');
    expect(edit.text).not.toContain('<script');
    const fields = fieldsOf(edit.text, fPath);
    expect(fields.lockVersion).toBe('0');
    const saved = await postForm(
      app,
      fPath,
      {
        ...fields,
        'v.contaminatedAreas.0.location': 'Nabatieh',
        'v.contaminatedAreas.0.area': '1200000',
        'v.contaminatedAreas.0.remnantTypes': 'M42, M77',
        'v.contaminatedAreas.0.estimatedQuantity': '40',
        'v.totalRemainingArea': '1200000',
        status: 'changed',
        intent: 'save',
      },
      cookie,
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/reports/${r22}#outcome`);
    let [v22] = await versionsOf(db, r22);
    expect(v22?.lockVersion).toBe(1);
    expect(v22?.content.forms.F).toMatchObject({
      status: 'changed',
      values: { contaminatedAreas: [{ location: 'Nabatieh', area: 1_200_000, estimatedQuantity: 40 }] },
    });

    const draftPage = await get(app, `/reports/${r22}`, cookie);
    expect(draftPage.text).toContain('9 forms have no status yet.');
    const submit = fieldsOf(draftPage.text, `/reports/${r22}/submit`);
    expect(submit).toEqual({ versionId: String(v22?.id), lockVersion: '1' });
    const submitted = await postForm(app, `/reports/${r22}/submit`, submit, cookie);
    expect(submitted.status).toBe(303);
    [v22] = await versionsOf(db, r22);
    expect(v22).toMatchObject({ status: 'submitted', channel: 'online' });

    // 2023: pre-filled from 2022; A is confirmed in one click, F is edited.
    const c23 = await postForm(app, '/states/LBN/reports', { year: '2023' }, cookie);
    const r23 = reportIdOf(c23);
    const o23 = await get(app, `/reports/${r23}`, cookie);
    expect(o23.text).toContain('Pre-filled from the report for 2022.');
    const unchangedA = `/reports/${r23}/versions/1/forms/A/unchanged`;
    expect(o23.text).toContain(`action="${unchangedA}#errors"`);
    const markA = await postForm(app, unchangedA, fieldsOf(o23.text, unchangedA), cookie);
    expect(markA.status).toBe(303);
    expect((await get(app, `/reports/${r23}`, `${cookie}; ${flashOf(markA)}`)).text).toContain(
      'Form A was marked as unchanged since the last report.',
    );
    const f23Path = `/reports/${r23}/versions/1/forms/F`;
    const f23 = await get(app, f23Path, cookie);
    expect(f23.text).toContain('value="Nabatieh"');
    const f23Fields = fieldsOf(f23.text, f23Path);
    expect(f23Fields.lockVersion).toBe('1');
    expect(f23Fields.status).toBe('');
    const save23 = await postForm(
      app,
      f23Path,
      {
        ...f23Fields,
        'v.totalRemainingArea': '950000',
        'v.clearedInPeriod.0.location': 'Nabatieh',
        'v.clearedInPeriod.0.area': '250000',
        'v.clearedInPeriod.0.submunitionsDestroyed': '312',
        status: 'changed',
      },
      cookie,
    );
    expect(save23.status).toBe(303);
    const o23b = await get(app, `/reports/${r23}`, cookie);
    expect(o23b.text).toContain('Unchanged since the last report');
    expect(
      (await postForm(app, `/reports/${r23}/submit`, fieldsOf(o23b.text, `/reports/${r23}/submit`), cookie))
        .status,
    ).toBe(303);

    // Amend 2023: version 2 changes one cell and is submitted; version 1 is superseded, untouched.
    const amended = await postForm(app, `/reports/${r23}/amend`, {}, cookie);
    expect(amended.status).toBe(303);
    const amendPage = await get(app, `/reports/${r23}`, `${cookie}; ${flashOf(amended)}`);
    expect(amendPage.text).toContain('Version 2 was opened to amend the report.');
    expect(amendPage.text).toContain('An amendment of version 1');
    const f2Path = `/reports/${r23}/versions/2/forms/F`;
    const f2 = await formOnPage(app, f2Path, f2Path, cookie);
    expect(f2.status).toBe('changed');
    expect(f2['v.clearedInPeriod.0.submunitionsDestroyed']).toBe('312');
    expect(
      (await postForm(app, f2Path, { ...f2, 'v.clearedInPeriod.0.submunitionsDestroyed': '315' }, cookie))
        .status,
    ).toBe(303);
    const o2 = await get(app, `/reports/${r23}`, cookie);
    const submit2 = await postForm(
      app,
      `/reports/${r23}/submit`,
      fieldsOf(o2.text, `/reports/${r23}/submit`),
      cookie,
    );
    expect((await get(app, `/reports/${r23}`, `${cookie}; ${flashOf(submit2)}`)).text).toContain(
      'Version 2 was submitted.',
    );
    const [v1, v2] = await versionsOf(db, r23);
    expect(v1?.status).toBe('superseded');
    expect(v2?.status).toBe('submitted');

    const diffPage = await get(app, `/reports/${r23}/diff?from=1&to=2`, cookie);
    expect(diffPage.status).toBe(200);
    expect(diffPage.text).toContain('1 difference.');
    expect(bodyRows(diffPage.text)).toBe(1);
    expect(diffPage.text).toContain(
      '<th scope="row">Areas cleared during the period, row 1, Submunitions destroyed</th><td>312</td><td>315</td>',
    );
    expect(o2.text).toContain(`href="/reports/${r23}/diff?from=1&amp;to=2"`);

    const old = await get(app, `/reports/${r23}/versions/1`);
    expect(old.status).toBe(200);
    expect(old.text).toContain('Version 1 (Superseded)');
    expect(old.text).toContain('<td class="num">312</td>');
    expect(old.text).not.toContain('315');
    expect(old.text).toContain('<dt>Total contaminated area remaining</dt><dd>950,000 m²</dd>');
    expect(old.text).toContain('<span class="badge muted">Unchanged since the last report</span>');

    // Between years: answers only, with a link from the profile.
    const years = await get(app, '/states/LBN/reports/diff?from=2022&to=2023');
    expect(years.status).toBe(200);
    expect(years.text).toContain(
      'Total contaminated area remaining</th><td>1,200,000 m²</td><td>950,000 m²</td>',
    );
    expect(years.text).toContain('Areas cleared during the period, row 1</th><td>—</td>');
    expect(years.text).not.toContain('Status of this form</th>');
    expect(years.text).not.toContain('Reporting period: from</th>');
    const profile = await get(app, '/states/LBN');
    expect(profile.text).toContain('<h2 id="article7-reports">Article 7 reports</h2>');
    expect(profile.text).toContain('What changed from 2022 to 2023');
    expect(profile.text).toContain('<li>Form F: Contaminated areas and clearance: 2 changes</li>');
    expect(profile.text).not.toContain('<li>Cover page:');
    expect(profile.text).toContain('href="/states/LBN/reports/diff?from=2022&amp;to=2023"');
    expect(profile.text).toContain('Forms of the report for 2023 (version 2)');
    const publicList = await get(app, '/states/LBN/reports');
    expect(publicList.text).toContain(`<a href="/reports/${r23}">2023</a>`);
    expect(publicList.text).not.toContain('action="/states/LBN/reports#errors"');
  });

  it('a form reads numbers in its language, keeps unknown apart from 0 and an area as given', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId } = await createReport(ctxFor(db, fp), { iso3: 'LBN', year: 2022 });
    const path = `/reports/${reportId}/versions/1/forms/F`;
    const french = `${cookie}; lang=fr`;
    const res = await pressButton(app, path, path, french, {
      'v.totalRemainingArea': '1 100 000',
      'v.contaminatedAreas.0.location': 'Tyr',
      'v.contaminatedAreas.0.area': '12,5',
      'v.contaminatedAreas.0.area.as': 'km2',
      'v.contaminatedAreas.0.estimatedQuantity': '',
      'v.contaminatedAreas.0.estimatedQuantity.as': 'unknown',
      status: 'changed',
    });
    expect(res.status).toBe(303);
    const values = (await versionsOf(db, reportId))[0]?.content.forms.F?.values;
    expect(values?.totalRemainingArea).toBe(1_100_000);
    expect(values?.contaminatedAreas).toEqual([
      expect.objectContaining({
        location: 'Tyr',
        area: 12_500_000,
        'area@given': '12.5 km2',
        estimatedQuantity: 'unknown',
      }),
    ]);
    // Shown as given, in the reader's language; the form shows it back as typed.
    const page = (await get(app, `/reports/${reportId}/versions/1`, french)).text;
    expect(page).toContain('12\u202f500\u202f000 m² (12,5 km²)');
    expect(page).toContain('Inconnu');
    const again = (await get(app, path, french)).text;
    expect(again).toMatch(/name="v.contaminatedAreas.0.area"[^>]*value="12,5"/);
    expect(again).toContain('<option value="km2" selected="">km²</option>');
    // The same amount typed the English way in an English form.
    const english = await pressButton(app, path, path, cookie, {
      'v.totalRemainingArea': '1,100,000',
      status: 'changed',
    });
    expect(english.status).toBe(303);
    expect((await versionsOf(db, reportId))[0]?.content.forms.F?.values.totalRemainingArea).toBe(1_100_000);
  });

  it('a form with mistakes comes back (422) with each error at its cell and every typed value', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId } = await createReport(ctxFor(db, fp), { iso3: 'LBN', year: 2022 });
    const before = await snapshot(db);
    const path = `/reports/${reportId}/versions/1/forms/F`;
    const res = await pressButton(app, path, path, cookie, {
      'v.contaminatedAreas.0.location': 'Tyre <south>',
      'v.contaminatedAreas.0.area': '12 acres',
      'v.clearedInPeriod.1.submunitionsDestroyed': '-3',
      'v.nationalStrategy': 'yes',
      status: 'changed',
    });
    const html = await expectPage(res, 422, [
      'class="error-summary"',
      '<a href="#f-v-contaminatedAreas-0-area">Areas contaminated by cluster munition remnants, row 1, Size: Enter a number as English writes it, such as 1,250 or 1,250.5 (digits alone are fine), or choose Unknown or Not reported.</a>',
      '<p class="error" id="f-v-contaminatedAreas-0-area-error">Enter a number',
      '<p class="error" id="f-v-clearedInPeriod-1-submunitionsDestroyed-error">This number is too small.',
    ]);
    expect(html).toMatch(/id="f-v-contaminatedAreas-0-area"[^>]*aria-invalid="true"[^>]*value="12 acres"/);
    expect(html).toContain('value="Tyre &lt;south&gt;"');
    expect(html).toContain('value="-3"');
    expect(html).toContain('name="v.nationalStrategy" value="yes" checked=""');
    expect(html).toContain('name="status" value="changed" checked=""');
    expect(await snapshot(db)).toEqual(before);
  });

  it('figures that disagree are shown at their cell after saving, and confirmed there; every year from 2009 can be started', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const list = await get(app, '/states/LBN/reports', cookie);
    // Lebanon's Convention entered into force in 2011: the years before are offered as voluntary.
    expect(list.text).toContain('<option value="2011">2011</option>');
    expect(list.text).toContain(
      '<option value="2010">2010 (voluntary: the State was not bound that year)</option>',
    );
    expect(list.text).toContain(
      '<option value="2009">2009 (voluntary: the State was not bound that year)</option>',
    );
    expect(list.text).not.toContain('<option value="2008"');

    const { reportId } = await createReport(ctxFor(db, fp), { iso3: 'LBN', year: 2012 });
    const path = `/reports/${reportId}/versions/1/forms/F`;
    const saved = await pressButton(app, path, path, cookie, {
      'v.contaminatedAreas.0.location': 'Nabatieh',
      'v.contaminatedAreas.0.area': '1200000',
      'v.totalRemainingArea': '1000',
      status: 'changed',
      intent: 'save',
    });
    expect(saved.status).toBe(303);
    expect(outcomeAt(saved)).toBe(path);
    const message =
      'The total remaining (1,000 m²) is not the sum of the contaminated areas listed (1,200,000 m²).';
    const page = await get(app, path, `${cookie}; ${flashOf(saved)}`);
    expect(page.text).toContain('1 figure disagrees with another: correct it or confirm it below.');
    expect(page.text).toContain(
      `<div class="warning" id="f-v-totalRemainingArea-warning"><div><p>${message}</p>`,
    );
    expect(page.text).toContain('form="warning-1"');
    const confirm = fieldsOf(page.text, `${path}/warnings`);
    expect(confirm.warningKey).toBe('remainingAgainstRows@F.totalRemainingArea:total=1000,rows=1200000');

    const done = await postForm(app, `${path}/warnings`, { ...confirm, note: 'Estimate' }, cookie);
    expect(done.status).toBe(303);
    const after = await get(app, path, cookie);
    expect(after.text).toContain(message);
    expect(after.text).toMatch(/Confirmed as reported by [^<]+ on [^<]+\. Estimate/);
    expect(after.text).not.toContain('form="warning-1"');
  });

  it('two people editing different forms of one draft both save; neither retypes anything', async () => {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const isu = await makeUser(db, { role: 'isu' });
    const mine = await signIn(app, fp.email);
    const theirs = await signIn(app, isu.email);
    const { reportId } = await createReport(ctxFor(db, fp), { iso3: 'LBN', year: 2022 });
    const fPath = `/reports/${reportId}/versions/1/forms/F`;
    const aPath = `/reports/${reportId}/versions/1/forms/A`;
    const fForm = await formOnPage(app, fPath, fPath, mine);
    const aForm = await formOnPage(app, aPath, aPath, theirs);
    expect((await postForm(app, aPath, { ...aForm, status: 'not_applicable' }, theirs)).status).toBe(303);
    const res = await postForm(
      app,
      fPath,
      { ...fForm, 'v.totalRemainingArea': '777', status: 'changed' },
      mine,
    );
    expect(res.status).toBe(303);
    const [v] = await versionsOf(db, reportId);
    expect(v?.lockVersion).toBe(2);
    expect(v?.content.forms.A?.status).toBe('not_applicable');
    expect(v?.content.forms.F).toMatchObject({ status: 'changed', values: { totalRemainingArea: 777 } });
    // The same form from a page opened before its last save is still a conflict.
    expect((await postForm(app, aPath, { ...aForm, status: 'changed' }, theirs)).status).toBe(409);
  });

  it('a stale save is refused (409): typed values kept, the old lock version kept, nothing saved', async () => {
    const { db, app, cookie, fPath, mine } = await openFormF();
    // Someone else saves the same form of the same draft first.
    const theirs = await formOnPage(app, fPath, fPath, cookie);
    expect((await postForm(app, fPath, { ...theirs, status: 'not_applicable' }, cookie)).status).toBe(303);
    const before = await snapshot(db);

    const res = await postForm(
      app,
      fPath,
      { ...mine, 'v.totalRemainingArea': '777', status: 'changed' },
      cookie,
    );
    const html = await expectPage(res, 409, [
      'Someone saved this report after you opened it.',
      'value="777"',
      '<input type="hidden" name="lockVersion" value="0"/>',
      `<a href="${fPath}">Reload the form`,
    ]);
    expect(await snapshot(db)).toEqual(before);
    // Posting again without reloading is refused again: the newer version is never taken silently.
    expect((await postForm(app, fPath, fieldsOf(html, fPath), cookie)).status).toBe(409);
  });

  it('a draft submitted while someone was typing: their save is refused (409) with what they typed kept; the form then leads to the read-only version', async () => {
    const { db, app, user: fp, cookie, reportId, versionId, fPath, mine } = await openFormF();
    // A colleague submits the draft meanwhile.
    await submitReport(ctxFor(db, fp), { reportId, versionId, lockVersion: 0 });
    const before = await snapshot(db);

    const res = await postForm(
      app,
      fPath,
      { ...mine, 'v.totalRemainingArea': '4242', status: 'changed' },
      cookie,
    );
    await expectPage(res, 409, [
      'This version has already been submitted and can no longer be edited.',
      'value="4242"',
    ]);
    expect(await snapshot(db)).toEqual(before);

    const again = await app.request(fPath, { headers: { cookie } });
    expect(again.status).toBe(303);
    expect(outcomeAt(again)).toBe(`/reports/${reportId}/versions/1`);
  });

  it("another State's focal point gets 403 on a draft, anonymous is sent to sign in, and nothing changes", async () => {
    const { db } = database();
    const app = testApp(database());
    const lbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const chl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const { reportId, versionId } = await seed2022(db, lbn);
    const chlCookie = await signIn(app, chl.email);
    const before = await snapshot(db);
    const base = `/reports/${reportId}`;
    const draftFields = { versionId: String(versionId), lockVersion: '1' };
    const gets = [
      base,
      `${base}/versions/1`,
      `${base}/versions/1/forms/F`,
      `${base}/versions/1.xlsx`,
      `${base}/versions/1.docx`,
    ];
    for (const path of gets) {
      expect((await get(app, path, chlCookie)).status, path).toBe(403);
      expectSentToSignIn(await app.request(path), path);
    }
    const posts: Array<[string, Record<string, string>]> = [
      [`${base}/versions/1/forms/F`, { ...draftFields, 'v.totalRemainingArea': '1', status: 'changed' }],
      [`${base}/versions/1/forms/A/unchanged`, draftFields],
      [`${base}/submit`, draftFields],
      [`${base}/amend`, {}],
      [`${base}/recall`, { reason: 'not mine' }],
    ];
    for (const [path, fields] of posts) {
      const refused = await postForm(app, path, fields, chlCookie);
      expect(refused.status, path).toBe(403);
      expect(await refused.text()).toContain('You are not allowed to do this.');
      expectSentToSignIn(await postForm(app, path, fields), path);
    }
    const workbook = new Uint8Array(Buffer.from('not a workbook'));
    expect((await upload(app, `${base}/versions/1/upload`, draftFields, workbook, chlCookie)).status).toBe(
      403,
    );
    expect((await upload(app, `${base}/versions/1/upload`, draftFields, workbook)).status).toBe(303);
    expect((await postForm(app, '/states/LBN/reports', { year: '2023' }, chlCookie)).status).toBe(403);
    expect((await get(app, '/states/LBN/reports', chlCookie)).text).not.toContain(
      'action="/states/LBN/reports#errors"',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('partners and the public read submitted versions, never the draft of an amendment', async () => {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const { reportId } = await seed2022(db, fp, { submit: true });
    await amendReport(ctxFor(db, fp), { reportId });
    const base = `/reports/${reportId}`;
    const cookie = await signIn(app, partner.email);
    for (const who of [cookie, undefined]) {
      const overview = await get(app, base, who);
      expect(overview.status).toBe(200);
      expect(overview.text).toContain(`href="${base}/versions/1"`);
      expect(overview.text).not.toContain(`href="${base}/versions/2"`);
      expect(overview.text).not.toContain('/submit"');
      expect(overview.text).not.toContain('/amend"');
      const v1 = await get(app, `${base}/versions/1`, who);
      expect(v1.status).toBe(200);
      expect(v1.text).toContain('Nabatieh');
      expect(v1.text).toContain('<td class="num">1,200,000 m²</td>');
      const docx = await app.request(`${base}/versions/1.docx`, { headers: who ? { cookie: who } : {} });
      expect(docx.status).toBe(200);
    }
    expect((await get(app, `${base}/versions/2`, cookie)).status).toBe(403);
    expect((await get(app, `${base}/versions/2.xlsx`, cookie)).status).toBe(403);
    expect((await get(app, `${base}/versions/2/forms/F`, cookie)).status).toBe(403);
    expect((await get(app, `${base}/diff?from=1&to=2`, cookie)).status).toBe(403);
    expectSentToSignIn(await app.request(`${base}/versions/2`), `${base}/versions/2`);
    const list = await get(app, '/states/LBN/reports');
    expect(list.text).toContain('<td>Version 1</td>');
    expect(list.text).toContain('<span class="badge ok">Submitted</span>');
    expect((await get(app, '/reports/99999')).status).toBe(404);
    expect((await get(app, `${base}/versions/9`)).status).toBe(404);
  });

  it('the ISU keys in a report received by e-mail, with the day it arrived, then recalls it with a reason', async () => {
    const { db, app, cookie } = await signedIn(database(), { role: 'isu' });
    const list = await get(app, '/states/CHL/reports', cookie);
    expect(list.text).toContain('key in a report received by e-mail or by post');
    const created = await postForm(app, '/states/CHL/reports', { year: '2025' }, cookie);
    expect(created.status).toBe(303);
    const id = reportIdOf(created);
    const coverPath = `/reports/${id}/versions/1/forms/cover`;
    const cover = await get(app, coverPath, cookie);
    expect(cover.text).not.toContain('name="status"');
    expect(cover.text).toContain('value="2025-01-01"');
    const coverFields = fieldsOf(cover.text, coverPath);
    const saved = await postForm(
      app,
      coverPath,
      { ...coverFields, 'v.contacts.0.name': 'Ms. Rojas', 'v.contacts.0.email': 'rojas@example.org' },
      cookie,
    );
    expect(saved.status).toBe(303);

    const overview = await get(app, `/reports/${id}`, cookie);
    expect(overview.text).toContain('<select id="f-channel" name="channel"');
    expect(overview.text).toContain('<option value="email" selected="">E-mail</option>');
    const submit = fieldsOf(overview.text, `/reports/${id}/submit`);
    const future = await postForm(
      app,
      `/reports/${id}/submit`,
      { ...submit, channel: 'post', receivedOn: '2027-01-04' },
      cookie,
    );
    await expectPage(future, 422, [
      'The date received cannot be in the future.',
      'value="2027-01-04"',
      '<option value="post" selected="">Post</option>',
    ]);
    const ok = await postForm(
      app,
      `/reports/${id}/submit`,
      { ...submit, channel: 'email', receivedOn: '2026-05-02' },
      cookie,
    );
    expect(ok.status).toBe(303);
    const [v1] = await versionsOf(db, id);
    expect(v1).toMatchObject({ status: 'submitted', channel: 'email', receivedOn: '2026-05-02' });
    const after = await get(app, '/states/CHL/reports');
    expect(after.text).toContain('<td>2 May 2026</td><td>E-mail</td>');

    const noReason = await postForm(app, `/reports/${id}/recall`, { reason: ' ' }, cookie);
    await expectPage(noReason, 422, ['Please give a reason.']);
    const recalled = await postForm(app, `/reports/${id}/recall`, { reason: 'keyed in twice' }, cookie);
    expect(recalled.status).toBe(303);
    const versions = await versionsOf(db, id);
    expect(versions.map((v) => v.status)).toEqual(['recalled', 'draft']);
    expect((await get(app, `/reports/${id}/versions/1`)).status).toBe(303);
  });

  it('reads a text cell of the workbook as the uploader writes numbers: 1,100,000 in English, 1 100 000 in French', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId, versionId } = await seed2022(db, fp);
    const base = `/reports/${reportId}/versions/1`;
    const sendWith = async (lang: 'en' | 'fr', cell: string) => {
      const [current] = await versionsOf(db, reportId);
      const download = await app.request(`${base}.xlsx`, { headers: { cookie } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await download.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('F')!;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === 'totalRemainingArea') row.getCell(3).value = cell;
      });
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const draft = { versionId: String(versionId), lockVersion: String(current?.lockVersion) };
      return upload(app, `${base}/upload`, draft, bytes, `${cookie}; lang=${lang}`);
    };
    const remaining = async () =>
      (await versionsOf(db, reportId))[0]?.content.forms.F?.values.totalRemainingArea;

    expect((await sendWith('en', '1,100,000')).status).toBe(303);
    expect(await remaining()).toBe(1_100_000);
    expect((await sendWith('fr', '1 200 000')).status).toBe(303);
    expect(await remaining()).toBe(1_200_000);
    expect((await sendWith('fr', 'Inconnu')).status).toBe(303);
    expect(await remaining()).toBe('unknown');
    const page = await get(app, `${base}`, `${cookie}; lang=en`);
    expect(page.text).toContain('Unknown');
    // English grouping in a French upload is refused, never read as 1.1.
    const refused = await sendWith('fr', '1,100,000');
    expect(refused.status).toBe(422);
    expect(await remaining()).toBe('unknown');
  });

  it('an area given in km² in the workbook keeps its figure as given through the next download and upload', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId, versionId } = await seed2022(db, fp);
    const base = `/reports/${reportId}/versions/1`;
    const sendBack = async (lang: 'en' | 'fr', cell?: string) => {
      const [current] = await versionsOf(db, reportId);
      const download = await app.request(`${base}.xlsx`, { headers: { cookie: `${cookie}; lang=${lang}` } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await download.arrayBuffer()) as unknown as ExcelJS.Buffer);
      if (cell !== undefined)
        workbook.getWorksheet('F')!.eachRow((row) => {
          if (row.getCell(1).value === 'totalRemainingArea') row.getCell(3).value = cell;
        });
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const draft = { versionId: String(versionId), lockVersion: String(current?.lockVersion) };
      return upload(app, `${base}/upload`, draft, bytes, `${cookie}; lang=${lang}`);
    };
    const formF = async () => (await versionsOf(db, reportId))[0]?.content.forms.F?.values;

    expect((await sendBack('fr', '12,5 km²')).status).toBe(303);
    expect(await formF()).toMatchObject({
      totalRemainingArea: 12_500_000,
      'totalRemainingArea@given': '12.5 km2',
    });
    // Downloaded again (in another language) and sent back untouched: nothing changes, the km² stay.
    const before = await snapshot(db);
    const same = await sendBack('en');
    expect(same.status).toBe(303);
    expect((await get(app, `/reports/${reportId}`, `${cookie}; ${flashOf(same)}`)).text).toContain(
      'The workbook was uploaded: 0 forms updated.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect((await get(app, base, `${cookie}; lang=en`)).text).toContain('12,500,000 m² (12.5 km²)');
  });

  it('the workbook goes out and comes back: unchanged writes nothing, a mistake changes nothing, a change is applied', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId, versionId } = await seed2022(db, fp);
    const base = `/reports/${reportId}/versions/1`;
    const download = await app.request(`${base}.xlsx`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(XLSX);
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="LBN-2022-article7-v1.xlsx"',
    );
    const bytes = new Uint8Array(await download.arrayBuffer());
    const draft = { versionId: String(versionId), lockVersion: '1' };

    const before = await snapshot(db);
    const same = await upload(app, `${base}/upload`, draft, bytes, cookie);
    expect(same.status).toBe(303);
    expect((await get(app, `/reports/${reportId}`, `${cookie}; ${flashOf(same)}`)).text).toContain(
      'The workbook was uploaded: 0 forms updated.',
    );
    expect(await snapshot(db)).toEqual(before);

    // A number cell with a word: refused with its sheet, row and column, and nothing changes.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('F');
    let totalRow = 0;
    sheet?.eachRow((row, n) => {
      if (row.getCell(1).value === 'totalRemainingArea') totalRow = n;
    });
    expect(totalRow).toBeGreaterThan(0);
    sheet!.getRow(totalRow).getCell(3).value = 'lots';
    const bad = new Uint8Array(await workbook.xlsx.writeBuffer());
    const refused = await upload(app, `${base}/upload`, draft, bad, cookie);
    await expectPage(refused, 422, [
      `Sheet F, row ${totalRow}, column C: Enter a number as English writes it, such as 1,250 or 1,250.5 (digits alone are fine), or choose Unknown or Not reported.`,
      'nothing was changed',
    ]);
    expect(await snapshot(db)).toEqual(before);

    const garbage = await upload(app, `${base}/upload`, draft, new Uint8Array(Buffer.from('hello')), cookie);
    await expectPage(garbage, 422, ['The file is not an Excel workbook (.xlsx).']);
    const oversize = await upload(
      app,
      `${base}/upload`,
      draft,
      new Uint8Array(2 * 1024 * 1024 + 100_000),
      cookie,
    );
    expect(oversize.status).toBe(413);
    expect(await snapshot(db)).toEqual(before);

    sheet!.getRow(totalRow).getCell(3).value = 900_000;
    const changed = await upload(
      app,
      `${base}/upload`,
      draft,
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      cookie,
    );
    expect(changed.status).toBe(303);
    expect((await get(app, `/reports/${reportId}`, `${cookie}; ${flashOf(changed)}`)).text).toContain(
      'The workbook was uploaded: 1 form updated.',
    );
    const [v] = await versionsOf(db, reportId);
    expect(v?.lockVersion).toBe(2);
    expect(v?.content.forms.F?.values.totalRemainingArea).toBe(900_000);
    const trail = await db.select().from(auditEntries).where(eq(auditEntries.verb, 'reports.importWorkbook'));
    expect(trail).toHaveLength(1);
    expect(trail[0]?.after).toMatchObject({ changedForms: ['F'] });
    // The first workbook again: its Form F is as downloaded, and F changed since, so F is kept as it is.
    const again = await upload(app, `${base}/upload`, draft, bytes, cookie);
    expect(again.status).toBe(303);
    expect((await get(app, `/reports/${reportId}`, `${cookie}; ${flashOf(again)}`)).text).toContain(
      'The workbook was uploaded: 0 forms updated. Forms F, changed online since the workbook was downloaded and not in it, were kept as they are online.',
    );
    expect((await versionsOf(db, reportId))[0]?.content.forms.F?.values.totalRemainingArea).toBe(900_000);

    const docx = await app.request(`${base}.docx`, { headers: { cookie } });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX);
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="LBN-2022-article7-v1.docx"');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('a workbook downloaded before online edits: applied form by form, never over them; a form changed on both sides is refused (409) by name', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId, versionId } = await seed2022(db, fp);
    const base = `/reports/${reportId}/versions/1`;
    const bytes = new Uint8Array(
      await (await app.request(`${base}.xlsx`, { headers: { cookie } })).arrayBuffer(),
    );
    // While the workbook is out, form A is answered online.
    await saveForm(ctxFor(db, fp), {
      reportId,
      versionId,
      lockVersion: 1,
      form: 'A',
      status: 'not_applicable',
      values: {},
    });
    // Offline, Form F gets a new total; the person reloads the page (lockVersion 2) and uploads.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('F')!;
    let totalRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'totalRemainingArea') totalRow = n;
    });
    sheet.getRow(totalRow).getCell(3).value = 900_000;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(
      app,
      `${base}/upload`,
      { versionId: String(versionId), lockVersion: '2' },
      edited,
      cookie,
    );
    expect(res.status).toBe(303);
    const [v] = await versionsOf(db, reportId);
    expect(v?.content.forms.F?.values.totalRemainingArea).toBe(900_000);
    expect(v?.content.forms.A?.status).toBe('not_applicable');
    expect(v?.lockVersion).toBe(3);

    // Form F is then changed online too: the same workbook now collides on F, and nothing is written.
    await saveForm(ctxFor(db, fp), {
      reportId,
      versionId,
      lockVersion: 3,
      form: 'F',
      status: 'changed',
      values: { ...formF, totalRemainingArea: 5 },
    });
    const before = await snapshot(db);
    const refused = await upload(
      app,
      `${base}/upload`,
      { versionId: String(versionId), lockVersion: '4' },
      edited,
      cookie,
    );
    await expectPage(refused, 409, [
      'Since this workbook was downloaded, these forms were changed both online and in the workbook: F.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('"Save and add more rows" saves, then offers five more blank rows; pages stay under 60 KB gzipped', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId } = await seed2022(db, fp);
    const path = `/reports/${reportId}/versions/1/forms/F`;
    const page = await get(app, path, cookie);
    // One stored row plus three blank ones.
    expect(page.text).toContain('name="v.contaminatedAreas.3.location"');
    expect(page.text).not.toContain('name="v.contaminatedAreas.4.location"');
    const more = await postForm(app, path, { ...fieldsOf(page.text, path), intent: 'more' }, cookie);
    expect(more.status).toBe(303);
    expect(more.headers.get('location')).toBe(`${path}?more=1#outcome`);
    const bigger = await get(app, `${path}?more=1`, `${cookie}; ${flashOf(more)}`);
    expect(bigger.text).toContain('5 more empty rows were added to each table.');
    expect(bigger.text).toContain('name="v.contaminatedAreas.8.location"');
    expect(bigger.text).not.toContain('name="v.contaminatedAreas.9.location"');
    expect(bigger.text).toContain('<input type="hidden" name="more" value="1"/>');

    const stylesheets = gzipSync(css.body).length;
    for (const p of [
      ...['cover', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map(
        (c) => `/reports/${reportId}/versions/1/forms/${c}`,
      ),
      `/reports/${reportId}`,
      `/reports/${reportId}/versions/1`,
    ]) {
      const { text } = await get(app, p, cookie);
      expect(text).not.toContain('<script');
      expect(gzipSync(text).length + stylesheets, p).toBeLessThan(60 * 1024);
    }
  });
  it('importWorkbook: only the State and the ISU, only the lock version seen, whole content or nothing', async () => {
    const { db } = database();
    const lbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const chl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const isu = await makeUser(db, { role: 'isu' });
    const { reportId, versionId } = await seed2022(db, lbn);
    const [draft] = await versionsOf(db, reportId);
    const content = contentSchema(getTemplate('2010')).parse(draft?.content);
    const input = (over: object = {}) => ({ reportId, versionId, lockVersion: 1, content, ...over });
    const before = await snapshot(db);
    await expect(importWorkbook(ctxFor(db, chl), input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importWorkbook(ctxFor(db, anonymous), input())).rejects.toBeInstanceOf(UnauthenticatedError);
    // Form F was saved after lockVersion 0: an upload changing it from there is a collision.
    const otherF = structuredClone(content);
    otherF.forms.F!.values.totalRemainingArea = 1;
    await expect(
      importWorkbook(ctxFor(db, lbn), input({ lockVersion: 0, content: otherF })),
    ).rejects.toMatchObject({
      code: 'REPORTS.STALE',
      params: { forms: 'F' },
    });
    await expect(importWorkbook(ctxFor(db, lbn), input({ lockVersion: 9 }))).rejects.toMatchObject({
      code: 'REPORTS.STALE',
    });
    const wrong = { ...content, template: '1999' };
    await expect(importWorkbook(ctxFor(db, lbn), input({ content: wrong }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    const badValue = structuredClone(content);
    badValue.forms.F!.values.totalRemainingArea = 'lots';
    const refused = await importWorkbook(ctxFor(db, lbn), input({ content: badValue })).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.fieldErrors).toEqual({
      'content.forms.F.values.totalRemainingArea': ['reports:errors.number'],
    });
    // Identical content writes nothing, not even an audit entry.
    expect(await importWorkbook(ctxFor(db, lbn), input())).toMatchObject({
      lockVersion: 1,
      changedForms: [],
    });
    expect(await snapshot(db)).toEqual(before);

    const next = structuredClone(content);
    next.forms.A = { status: 'not_applicable', values: next.forms.A!.values };
    next.forms.J!.values.otherMatters = 'Keyed in by the ISU from the e-mailed report.';
    expect(await importWorkbook(ctxFor(db, isu), input({ content: next }))).toMatchObject({
      lockVersion: 2,
      changedForms: ['A', 'J'],
    });
    const [after] = await versionsOf(db, reportId);
    expect(after?.content).toEqual(next);
    // A submitted version never changes.
    await submitReport(ctxFor(db, lbn), { reportId, versionId, lockVersion: 2 });
    const late = importWorkbook(ctxFor(db, lbn), input({ lockVersion: 2 }));
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ code: 'REPORTS.NOT_DRAFT' });
  });
});
