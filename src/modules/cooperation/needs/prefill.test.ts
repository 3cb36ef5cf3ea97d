import { describe, expect, it } from 'vitest';
import {
  expectPage,
  fieldsOf,
  lebanonFocalPoint,
  makeUser,
  postForm,
  signedIn,
  signIn,
  TEST_NOW,
  type TestApp,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { formOnPage, pressButton } from '../../../../test/forms.js';
import { anonymous } from '../../../kernel/actor.js';
import { ValidationError } from '../../../kernel/errors.js';
import { createReport } from '../../reports/index.js';
import { versionsOf } from '../../reports/testing.js';
import { addNeed, listNeeds, setNeedConsent, updateNeed } from './index.js';
import { at, needRows, reportWithNeeds } from './testing.js';

/*
 * Issue 8, point 3: a new report's Form J starts from the needs as they stand, its rows carry the
 * need they came from and the consent to publish, and submitting it never lapses a need the
 * submitter was not shown. Form J rows and the needs form refuse the same mistakes.
 */

const today = TEST_NOW.toISOString().slice(0, 10);

async function page(app: TestApp, path: string, cookie: string) {
  const res = await app.request(path, { headers: { cookie } });
  return { status: res.status, text: await res.text() };
}

const clearance = {
  stateIso3: 'LBN',
  area: 'art4',
  type: 'financial',
  description: 'Clearance of the remaining areas in the South',
  activitiesTimeframe: 'Non-technical survey then clearance of 12 areas, 2027-2028',
  estimatedCost: '4000000',
  currency: 'USD',
  nationalContribution: '500000',
  planReference: 'National Mine Action Strategy 2020-2025',
  isPublic: 'on',
};
const riskEducation = {
  stateIso3: 'LBN',
  area: 'risk_education',
  type: 'technical',
  description: 'Risk education in schools of the South',
  activitiesTimeframe: '',
  estimatedCost: '',
  currency: '',
  nationalContribution: '',
  planReference: '',
  isPublic: 'on',
};

describe.each(engines)('Form J and the needs register on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it("a new report starts from the State's needs as they stand; submitting it lapses none the submitter was not shown", async () => {
    const { db } = database();
    const app = testApp(database());
    const isu = await makeUser(db, { role: 'isu' });
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const cookie = await signIn(app, fp.email);

    // Last year's report had one need, for victims.
    await reportWithNeeds(db, isu, {
      iso3: 'LBN',
      year: 2025,
      receivedOn: '2026-03-01',
      rows: [
        { area: 'art5', description: 'Prostheses for survivors', estimatedCost: 100_000, currency: 'USD' },
      ],
    });
    const [victims] = await needRows(db);
    // Since then the State published two needs (one with a full evidence score) and updated the other.
    await addNeed(at(db, fp, '2026-06-01'), clearance);
    await addNeed(at(db, fp, '2026-06-01'), riskEducation);
    await updateNeed(at(db, fp, '2026-06-02'), {
      id: victims!.id,
      version: victims!.version,
      area: 'art5',
      type: 'material',
      description: 'Prostheses for survivors',
      activitiesTimeframe: 'Fitting of 300 prostheses over 18 months',
      estimatedCost: '150000',
      currency: 'USD',
      nationalContribution: '20000',
      planReference: '',
    });
    await setNeedConsent(at(db, fp, '2026-06-02'), { id: victims!.id, isPublic: 'on' });

    // The report is opened in October; a need added after that is not in its Form J.
    const { reportId } = await createReport(at(db, fp, '2026-10-01'), { iso3: 'LBN', year: 2026 });
    await addNeed(at(db, isu, '2026-10-15'), {
      ...riskEducation,
      area: 'art7',
      description: 'Training of the national authority in Article 7 reporting',
      isPublic: '',
    });

    const jPath = `/reports/${reportId}/versions/1/forms/J`;
    const j = await page(app, jPath, cookie);
    expect(j.status).toBe(200);
    const shown = fieldsOf(j.text, jPath);
    const rows = [0, 1, 2, 3].map((i) => shown[`v.needs.${i}.description`] ?? '');
    expect(rows.slice(0, 3).sort()).toEqual(
      [clearance.description, riskEducation.description, 'Prostheses for survivors'].sort(),
    );
    expect(rows[3]).toBe('');
    const victimsRow = rows.indexOf('Prostheses for survivors');
    // The need as it stands now, not as last year's report had it; with its id and its consent.
    expect(shown[`v.needs.${victimsRow}.nationalContribution`]).toBe('20000');
    expect(shown[`v.needs.${victimsRow}.needId`]).toBe(String(victims!.id));
    expect(shown[`v.needs.${victimsRow}.publish`]).toBe('yes');

    // Confirmed unchanged in one click, then submitted online.
    const unchanged = await pressButton(app, `/reports/${reportId}`, `${jPath}/unchanged`, cookie);
    expect(unchanged.status).toBe(303);
    const submitted = await pressButton(app, `/reports/${reportId}`, `/reports/${reportId}/submit`, cookie);
    expect(submitted.status).toBe(303);
    const [v1] = await versionsOf(db, reportId);
    expect(v1?.status).toBe('submitted');
    expect(v1?.receivedOn).toBe(today);

    const needs = await listNeeds(db, { actor: isu, today });
    expect(needs.map((n) => [n.description, n.status])).toEqual(
      expect.arrayContaining([
        [clearance.description, 'open'],
        [riskEducation.description, 'open'],
        ['Prostheses for survivors', 'open'],
        ['Training of the national authority in Article 7 reporting', 'open'],
      ]),
    );
    expect(needs).toHaveLength(4);
    const stored = needs.find((n) => n.id === victims!.id);
    expect(stored).toMatchObject({ nationalContribution: 20_000, estimatedCost: 150_000, isPublic: true });
    expect(needs.find((n) => n.description === clearance.description)?.evidence.score).toBe(5);
    // The public still sees the three published needs.
    const publicList = await listNeeds(db, { actor: anonymous, today });
    expect(publicList.map((n) => n.description).sort()).toEqual(
      [clearance.description, riskEducation.description, 'Prostheses for survivors'].sort(),
    );
    const publicPage = await app.request('/cooperation/needs');
    await expectPage(publicPage, 200, [clearance.description, riskEducation.description]);
  });

  it('a Form J row is refused for what the needs form refuses: no area, no currency, a contribution above the cost', async () => {
    const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
    const { reportId } = await createReport(at(db, fp, today), { iso3: 'LBN', year: 2026 });
    const jPath = `/reports/${reportId}/versions/1/forms/J`;
    const shown = await formOnPage(app, jPath, jPath, cookie);
    // Form J as shown, marked changed, with a first row for clearance in the South and `rows` added.
    const saveJ = (rows: Record<string, string>) =>
      postForm(
        app,
        jPath,
        {
          ...shown,
          status: 'changed',
          'v.needs.0.area': 'art4',
          'v.needs.0.description': 'Clearance in the South',
          ...rows,
        },
        cookie,
      );
    const res = await saveJ({
      'v.needs.0.estimatedCost': '1000',
      'v.needs.0.currency': 'USD',
      'v.needs.0.nationalContribution': '5000',
      'v.needs.1.description': 'Prostheses for survivors',
      'v.needs.1.estimatedCost': '1000',
    });
    await expectPage(res, 422, [
      'The national contribution cannot be larger than the estimated cost.',
      'Choose an area.',
      'Choose the currency of the amounts.',
      'value="5000"',
    ]);
    const [draft] = await versionsOf(db, reportId);
    expect(draft?.lockVersion).toBe(0);

    // The needs form says the same of the same need.
    const refused = await addNeed(at(db, fp, today), {
      ...clearance,
      estimatedCost: '1000',
      nationalContribution: '5000',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({
      nationalContribution: ['needs:errors.contributionAboveCost'],
    });

    // A new row with consent becomes a public need when the report is submitted.
    const ok = await saveJ({ 'v.needs.0.publish': 'yes' });
    expect(ok.status).toBe(303);
    const submitted = await pressButton(app, `/reports/${reportId}`, `/reports/${reportId}/submit`, cookie);
    expect(submitted.status).toBe(303);
    const publicList = await listNeeds(db, { actor: anonymous, today });
    expect(publicList.map((n) => n.description)).toEqual(['Clearance in the South']);
  });
});
