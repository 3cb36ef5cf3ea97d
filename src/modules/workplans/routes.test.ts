import { describe, expect, it } from 'vitest';
import { expectPage, fieldsOf, makeUser, outcomeAt, postForm, signedIn, signIn } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRecords, xlsxSheet } from '../../../test/downloads.js';
import { seededApp } from '../../../test/seeded.js';
import { seedCalendar } from '../calendar/index.js';
import { listWorkPlans } from './queries.js';
import { referenceWorkPlans } from './reference.js';
import { seedWorkPlans } from './seed.js';

describe.each(engines)('work plan pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('loads the seeds’ two plans once, each activity with its seed §', async () => {
    const { db } = database();
    await seedCalendar(db);
    const first = await seedWorkPlans(db);
    const activities = referenceWorkPlans.reduce((n, p) => n + p.activities.length, 0);
    expect(first).toEqual({ workPlansAdded: 2, activitiesAdded: activities });
    expect(await seedWorkPlans(db)).toEqual({ workPlansAdded: 0, activitiesAdded: 0 });
    const plans = await listWorkPlans(db);
    expect(plans.map((p) => [p.cycle, p.toMeeting, p.activities])).toEqual([
      ['2022–2023', '11MSP', 18],
      ['2017–2018', '8MSP', 12],
    ]);
    for (const p of referenceWorkPlans)
      for (const a of p.activities) expect(a.source, a.key).toMatch(/^seed 00[01] §\d/);
  });

  it('shows the list and the 2022–23 plan with its timeline by quarter, statuses and links, to anyone', async () => {
    const { db, app } = await seededApp(database(), seedCalendar, seedWorkPlans);
    const [plan2022, plan2017] = await listWorkPlans(db);

    await expectPage(await app.request('/work-plans'), 200, [
      '<a href="/work-plans" aria-current="page">Work plans</a>',
      '2 work plans',
      `href="/work-plans/${plan2022!.id}"`,
      'International cooperation and assistance',
    ]);
    const html = await expectPage(await app.request(`/work-plans/${plan2022!.id}`), 200, [
      'Timeline by quarter',
      ['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']
        .map((q) => `<th scope="col">${q.replace('-', '\u2011')}</th>`)
        .join(''),
      'Runs',
      'class="table-scroll" aria-label="',
      'seed 000 §3(a)',
      'seed 000 §2(b)',
      'Coordinators Lebanon and Germany',
      'Amount not known. Limited costs, mainly for envisaged meetings (seed 000 §5)',
      'href="/meetings/11MSP"',
      'Status not known',
      '(17 July 2023) §62',
    ]);
    expect(html).not.toContain('href="/work-plans/1/edit"');
    // The 2022 Q4 ISU meeting runs in its one quarter only: one "Runs" in its row.
    const row = html.slice(html.indexOf('Meet with ISU to discuss priorities'));
    expect(row.slice(0, row.indexOf('</tr>')).match(/<\/span>Runs<\/td>/g)).toHaveLength(1);

    const old = await (await app.request(`/work-plans/${plan2017!.id}`)).text();
    expect(old).toContain('href="/meetings/ICA-2017-11-24"');
    expect(old).toContain('2018 (dates tbc)');
    expect((await app.request('/work-plans/9999')).status).toBe(404);
  });

  it('downloads the activities as CSV and XLSX, one row per activity', async () => {
    const { db, app } = await seededApp(database(), seedCalendar, seedWorkPlans);
    const [plan2022] = await listWorkPlans(db);

    const rows = await csvRecords(app.request(`/work-plans/${plan2022!.id}/activities.csv`));
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatchObject({ 'Number in the plan': '3(a)', Status: 'Done', Source: 'seed 000 §3(a)' });
    expect(rows.find((r) => r.Quarters === '2023-Q3')?.Meetings).toBe('11MSP');

    expect((await xlsxSheet(app.request('/work-plans/activities.xlsx'))).rowCount).toBe(1 + 18 + 12);
  });

  it('lets a Coordinator create a plan and add and update an activity through the forms; a refused save keeps what was typed', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'coordinator' });

    const bad = await postForm(
      app,
      '/work-plans/new',
      { area: 'victim_assistance', title: 'VA plan', cycle: '', budgetAmount: 'lots', budgetCurrency: 'EUR' },
      cookie,
    );
    const badHtml = await expectPage(bad, 422, [
      'value="VA plan"',
      'value="lots"',
      'Give the amount as a number',
    ]);
    expect(badHtml).toContain('aria-invalid="true"');

    const created = await postForm(
      app,
      '/work-plans/new',
      {
        area: 'victim_assistance',
        title: 'VA plan',
        cycle: '2024–2025',
        toMeeting: '13MSP',
        objectives: 'First objective\nSecond objective',
        budgetAmount: '12 000',
        budgetCurrency: 'chf',
      },
      cookie,
    );
    expect(created.status).toBe(303);
    const planPath = outcomeAt(created);
    await expectPage(await app.request(planPath, { headers: { cookie } }), 200, [
      'First objective',
      'CHF',
      'Entered by a person',
    ]);

    const refused = await postForm(
      app,
      `${planPath}/activities/new`,
      { title: 'Workshop', status: 'planned', quarters: '2025-Q5', meetingCodes: '11MSP' },
      cookie,
    );
    await expectPage(refused, 422, ['value="2025-Q5"', 'value="11MSP"', 'Give quarters as 2023-Q1']);
    const added = await postForm(
      app,
      `${planPath}/activities/new`,
      { title: 'Workshop', status: 'planned', quarters: '2024-Q4..2025-Q2', meetingCodes: '11MSP' },
      cookie,
    );
    expect(added.status).toBe(303);
    const activityId = /#activity-(\d+)$/.exec(added.headers.get('location')!)![1];
    const editPath = `${planPath}/activities/${activityId}/edit`;
    const form = await expectPage(await app.request(editPath, { headers: { cookie } }), 200, [
      'value="2024-Q4..2025-Q2"',
    ]);
    const saved = await postForm(app, editPath, { ...fieldsOf(form, editPath), status: 'done' }, cookie);
    expect(saved.status).toBe(303);
    const page = await (await app.request(planPath)).text();
    expect(page).toContain('<span class="badge">Done</span>');
    expect(page.match(/<\/span>Runs<\/td>/g)).toHaveLength(3);
  });

  it('refuses the forms to focal points, partners and the public', async () => {
    const { db, app } = await seededApp(database(), seedCalendar, seedWorkPlans);
    const [plan] = await listWorkPlans(db);
    const paths = [
      '/work-plans/new',
      `/work-plans/${plan!.id}/edit`,
      `/work-plans/${plan!.id}/activities/new`,
    ];
    for (const spec of [
      { role: 'focal_point', stateIso3: 'LBN' },
      { role: 'partner', organisation: 'NPA' },
    ] as const) {
      const user = await makeUser(db, spec);
      const cookie = await signIn(app, user.email);
      for (const path of paths) {
        expect((await app.request(path, { headers: { cookie } })).status).toBe(403);
        expect(
          (await postForm(app, path, { title: 'x', area: 'transparency', cycle: '1' }, cookie)).status,
        ).toBe(403);
      }
    }
    for (const path of paths) expect((await postForm(app, path, { title: 'x' })).status).toBe(303);
    expect((await listWorkPlans(db)).length).toBe(2);
  });
});
