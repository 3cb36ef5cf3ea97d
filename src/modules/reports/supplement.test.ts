import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  expectPage,
  fieldsOf,
  lebanonFocalPoint,
  outcomeAt,
  postForm,
  signedIn,
  TEST_BASE,
  type TestApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { pressButton } from '../../../test/forms.js';
import { versionsOf } from './testing.js';

/*
 * A report on the platform's supplementary version (2010-lap, decision 020) on every page that
 * starts, edits, shows, exports, imports, pre-fills and compares reports.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MARK = 'Lausanne Action Plan question added by this platform, not part of CCM/MSP/2010/PM/10';
const ASKED_1A = 'Has your State included activities implementing the Convention in humanitarian response';

async function get(app: TestApp, path: string, cookie: string) {
  const res = await app.request(path, { headers: { cookie } });
  return { res, status: res.status, text: await res.text() };
}
const reportIdOf = (res: Response) => Number(/^\/reports\/(\d+)$/.exec(outcomeAt(res))?.[1]);

describe.each(engines)('a report on the supplementary version, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('is chosen when started, edited, shown, exported, re-imported, carried into later years and compared', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);

    // The start form offers both versions; an unknown one comes back with the error, nothing made.
    const list = await get(app, '/states/LBN/reports', cookie);
    expect(list.text).toContain('name="templateId"');
    expect(list.text).toContain('<option value="2010-lap">');
    expect(list.text).toContain('with the platform&#39;s Lausanne Action Plan questions');
    const bad = await postForm(app, '/states/LBN/reports', { year: '2022', templateId: '1999' }, cookie);
    await expectPage(bad, 422, ['<option value="2022" selected="">']);

    const created = await postForm(
      app,
      '/states/LBN/reports',
      { year: '2022', templateId: '2010-lap' },
      cookie,
    );
    expect(created.status).toBe(303);
    const r22 = reportIdOf(created);
    const [v22] = await versionsOf(db, r22);
    expect(v22?.templateId).toBe('2010-lap');

    // The editor asks the platform's questions, each marked as the platform's.
    const jPath = `/reports/${r22}/versions/1/forms/J`;
    const j = await get(app, jPath, cookie);
    expect(j.status).toBe(200);
    expect(j.text).toContain('name="v.implementationInNationalPlans"');
    expect(j.text).toContain(`${ASKED_1A}`);
    expect(j.text).toContain(MARK);
    // A 2010 question is not marked.
    const a = await get(app, `/reports/${r22}/versions/1/forms/A`, cookie);
    expect(a.text).not.toContain(MARK);
    const savedJ = await postForm(
      app,
      jPath,
      {
        ...fieldsOf(j.text, jPath),
        'v.implementationInNationalPlans': 'yes',
        'v.genderDiversityInPlans': 'partly',
        status: 'changed',
        intent: 'save',
      },
      cookie,
    );
    expect(savedJ.status).toBe(303);
    const submitted = await pressButton(app, `/reports/${r22}`, `/reports/${r22}/submit`, cookie);
    expect(submitted.status).toBe(303);

    // The version page names the version as the platform's and shows the answers with the mark.
    const shown = await get(app, `/reports/${r22}/versions/1`, cookie);
    expect(shown.text).toContain('with the Lausanne Action Plan questions added by this platform');
    expect(shown.text).toContain(MARK);
    const docx = await app.request(`/reports/${r22}/versions/1.docx`, { headers: { cookie } });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX);

    // 2023, nobody choosing: the version of the last report, its answers carried over.
    const c23 = await postForm(app, '/states/LBN/reports', { year: '2023' }, cookie);
    const r23 = reportIdOf(c23);
    const [v23] = await versionsOf(db, r23);
    expect(v23?.templateId).toBe('2010-lap');
    expect(v23?.prefilledFromVersionId).toBe(v22?.id);
    expect(v23?.content.forms.J).toMatchObject({
      status: null,
      values: { implementationInNationalPlans: 'yes', genderDiversityInPlans: 'partly' },
    });

    // Its workbook goes out and comes back with a platform question answered offline.
    const base = `/reports/${r23}/versions/1`;
    const download = await app.request(`${base}.xlsx`, { headers: { cookie } });
    expect(download.headers.get('content-type')).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await download.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('J')!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === 'coordinatedWithOtherFrameworks') row = n;
    });
    expect(String(sheet.getRow(row).getCell(2).value)).toContain(MARK);
    sheet.getRow(row).getCell(3).value = 'partly';
    const body = new FormData();
    body.append('versionId', String(v23?.id));
    body.append('lockVersion', String(v23?.lockVersion));
    body.append(
      'workbook',
      new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'report.xlsx', { type: XLSX }),
    );
    const uploaded = await app.request(`${base}/upload`, {
      method: 'POST',
      headers: { origin: TEST_BASE, cookie },
      body,
    });
    expect(uploaded.status).toBe(303);
    const [after23] = await versionsOf(db, r23);
    expect(after23?.content.forms.J?.values).toMatchObject({
      implementationInNationalPlans: 'yes',
      coordinatedWithOtherFrameworks: 'partly',
    });

    // 2024 on the official formats: pre-filled from 2022 without the platform's questions.
    const c24 = await postForm(app, '/states/LBN/reports', { year: '2024', templateId: '2010' }, cookie);
    const r24 = reportIdOf(c24);
    const [v24] = await versionsOf(db, r24);
    expect(v24?.templateId).toBe('2010');
    expect(v24?.prefilledFromVersionId).toBe(v22?.id);
    expect(v24?.content.forms.J?.values).not.toHaveProperty('implementationInNationalPlans');
    expect(v24?.content.forms.J?.values).toHaveProperty('otherMatters');

    // Compared across the two versions, the platform's answers show as answers the later year lacks.
    const diff = await get(app, '/states/LBN/reports/diff?from=2022&to=2024', cookie);
    expect(diff.status).toBe(200);
    expect(diff.text).toContain(ASKED_1A);
  });
});
