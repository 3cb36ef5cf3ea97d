import { describe, expect, it } from 'vitest';
import {
  expectPage,
  fieldsOf,
  lebanonFocalPoint,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRows, xlsxSheet } from '../../../test/downloads.js';
import { seededApp } from '../../../test/seeded.js';
import { seedCalendar } from '../calendar/index.js';
import { seedCoalitions } from './seed.js';
import { seedCoalitionsWithUnpublished } from './testing.js';

const form = {
  stateIso3: 'LBN',
  name: 'South Lebanon clearance partnership',
  members: 'state | DEU | donor\noperator | Mines Advisory Group (MAG) | clearance',
  area_art4: 'yes',
  establishedOn: '2024-03',
  status: 'active',
  source: 'Letter of the Lebanon Mine Action Centre, 2026',
  published: '',
  notes: '',
};

describe.each(engines)('coalition pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('names on the open action items the coalitions linked to the meeting each came from', async () => {
    const { app } = await seededApp(database(), seedCalendar, seedCoalitions);
    const page = await expectPage(await app.request('/meetings/action-items'), 200, [
      '<th scope="col">Needs concerned · Country Coalitions</th>',
    ]);
    // The 8 June 2018 meeting's follow-ups concern the two coalitions presented there.
    const row = page.split('<tr').find((r) => r.includes('Produce a summary of the meeting'));
    expect(row).toMatch(/href="\/coalitions\/\d+">Lebanon Mine Action Forum/);
    expect(row).toMatch(/href="\/coalitions\/\d+">Botswana/);
  });

  it('lists the seeded coalitions for everyone, shows each with its sources, and downloads the list', async () => {
    const { db } = database();
    const { isu } = await seedCoalitionsWithUnpublished(db);
    const app = testApp(database());

    const list = await expectPage(await app.request('/coalitions'), 200, [
      '<a href="/coalitions" aria-current="page">Coalitions</a>',
      '4 coalitions shown',
      'Lebanon Mine Action Forum',
      'Mauritania – France Country Coalition (proposed)',
      'Dormant (no confirmed update for over a year; last confirmed on 17 July 2023)',
      'Only the coalitions their State agreed to publish are shown.',
    ]);
    expect(list).not.toContain('Unpublished Chilean partnership');
    expect(list).toContain('<th scope="row"><a href="/coalitions/');

    const lebanonId = /href="\/coalitions\/(\d+)">Lebanon Mine Action Forum/.exec(list)?.[1];
    const forum = await expectPage(await app.request(`/coalitions/${lebanonId}`), 200, [
      '<h1>Lebanon Mine Action Forum</h1>',
      'Shown as dormant: the last confirmed update was on 17 July 2023',
      'until 17 July 2024',
      'United Nations Development Programme (UNDP) (organisation: secretariat)',
      'Article 4: clearance and risk reduction education',
      '11MSP Progress Report',
      '§39, §57',
      'href="/meetings/ICA-2018-06-08"',
      'Look into an event at a Meeting of States Parties',
      'No need linked.',
    ]);
    expect(forum).toMatch(/Established<\/dt>\s*<dd><span class="unconfirmed">Not known<\/span>/);
    expect(forum).not.toContain('action="/coalitions/');
    const fr = await (
      await app.request(`/coalitions/${lebanonId}`, { headers: { cookie: 'lang=fr' } })
    ).text();
    expect(fr).toContain('Dormante');
    expect((await app.request('/coalitions/999999')).status).toBe(404);

    const rows = await csvRows(app.request('/coalitions.csv'));
    expect(rows[0]?.slice(0, 3)).toEqual(['Coalition', 'State code', 'State']);
    expect(rows.slice(1).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['BIH', 'Dormant', 'Active', '2023-07-17'],
      ['BWA', 'Dormant', 'Active', '2018-06-08'],
      ['LBN', 'Dormant', 'Active', '2023-07-17'],
      ['MRT', 'Proposed', 'Proposed', '2023-07-17'],
    ]);
    expect(rows[1]?.[3]).toBe('Not known');
    expect((await xlsxSheet(app.request('/coalitions.xlsx'))).rowCount).toBe(5);

    // The ISU sees the unpublished one too, in the list and its download.
    const cookie = await signIn(app, isu.email);
    await expectPage(await app.request('/coalitions', { headers: { cookie } }), 200, [
      '5 coalitions shown',
      'Unpublished Chilean partnership',
    ]);
    const all = await csvRows(app.request('/coalitions.csv', { headers: { cookie } }));
    expect(all.length).toBe(6);
    // The State profile has its section.
    await expectPage(await app.request('/states/BWA'), 200, [
      'Country Coalitions',
      'Botswana – Norwegian People’s Aid stockpile destruction partnership',
    ]);
  });

  it('a focal point adds, edits, confirms and links its own State’s coalition; a refused save keeps what was typed', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), lebanonFocalPoint);

    const blank = await expectPage(await app.request('/coalitions/new', { headers: { cookie } }), 200, [
      '<option value="LBN" selected="">Lebanon</option>',
    ]);
    expect(blank).not.toContain('value="CHL"');
    const refused = await postForm(
      app,
      '/coalitions/new',
      { ...form, establishedOn: 'March 2024', members: 'donor | DEU', source: '' },
      cookie,
    );
    await expectPage(refused, 422, [
      'The coalition was not saved',
      'value="March 2024"',
      'donor | DEU',
      'value="South Lebanon clearance partnership"',
      'Give a day, a month or a year',
      'Each partner’s kind is state, organisation or operator.',
      'Say where the facts come from.',
    ]);
    const saved = await postForm(app, '/coalitions/new', form, cookie);
    expect(saved.status).toBe(303);
    const path = outcomeAt(saved);
    expect(path).toMatch(/^\/coalitions\/\d+$/);
    const page = await expectPage(await app.request(path, { headers: { cookie } }), 200, [
      'Germany (State: donor)',
      'Mines Advisory Group (MAG) (operator: clearance)',
      'March 2024',
      'No: only the ISU, the Coordinators and its State see it',
    ]);
    expect(page).toContain(`action="${path}/confirm#errors"`);
    // The unpublished coalition is not the public's.
    expect((await app.request(path)).status).toBe(404);

    const edit = await app.request(`${path}/edit`, { headers: { cookie } });
    const values = fieldsOf(await edit.text(), `${path}/edit`);
    expect(values).toMatchObject({
      name: form.name,
      members: form.members,
      area_art4: 'yes',
      establishedOn: '2024-03',
    });
    const edited = await postForm(
      app,
      `${path}/edit`,
      { ...values, published: 'yes', status: 'dormant' },
      cookie,
    );
    expect(edited.status).toBe(303);
    expect((await app.request(path)).status).toBe(200);

    const badLink = await postForm(app, `${path}/meetings`, { meetingCode: 'NOPE' }, cookie);
    await expectPage(badLink, 422, ['Choose a meeting of the calendar.']);
    expect((await postForm(app, `${path}/meetings`, { meetingCode: '11MSP' }, cookie)).status).toBe(303);
    await expectPage(await app.request(path, { headers: { cookie } }), 200, ['href="/meetings/11MSP"']);
    expect((await postForm(app, `${path}/confirm`, {}, cookie)).status).toBe(303);
    await expectPage(await app.request(path, { headers: { cookie } }), 200, [
      'Last confirmed</dt><dd>23 November 2026',
    ]);
  });

  it('refuses the forms to another State’s focal point, a partner and the public', async () => {
    const { db, app } = await seededApp(database(), seedCalendar, seedCoalitions);
    const list = await (await app.request('/coalitions')).text();
    const id = /href="\/coalitions\/(\d+)">Lebanon Mine Action Forum/.exec(list)?.[1];
    const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    for (const user of [fpChl, partner]) {
      const cookie = await signIn(app, user.email);
      expect((await app.request(`/coalitions/${id}/edit`, { headers: { cookie } })).status).toBe(403);
      expect((await postForm(app, `/coalitions/${id}/edit`, { ...form }, cookie)).status).toBe(403);
      expect((await postForm(app, `/coalitions/${id}/confirm`, {}, cookie)).status).toBe(403);
      expect(
        (await postForm(app, `/coalitions/${id}/meetings`, { meetingCode: '11MSP' }, cookie)).status,
      ).toBe(403);
      expect((await postForm(app, `/coalitions/${id}/needs/unlink`, { needId: '1' }, cookie)).status).toBe(
        403,
      );
    }
    const partnerCookie = await signIn(app, partner.email);
    expect((await app.request('/coalitions/new', { headers: { cookie: partnerCookie } })).status).toBe(403);
    const chile = await signIn(app, fpChl.email);
    expect((await postForm(app, '/coalitions/new', form, chile)).status).toBe(403);
    const anonymous = await postForm(app, `/coalitions/${id}/confirm`, {});
    expect([anonymous.status, anonymous.headers.get('location')]).toEqual([
      303,
      `/sign-in?next=%2Fcoalitions%2F${id}%2Fconfirm`,
    ]);
  });
});
