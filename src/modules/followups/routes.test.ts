import { describe, expect, it } from 'vitest';
import {
  expectPage,
  expectSentToSignIn,
  fieldsOf,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRows, xlsxSheet } from '../../../test/downloads.js';
import { rowCounts } from '../../../test/row-counts.js';
import { compareText } from '../../kernel/i18n/state-names.js';
import { seedCoalitions } from '../coalitions/index.js';
import { RISK_NOW, riskScenario } from '../risk/testing.js';
import { contacts } from './schema.js';

const contactForm = {
  stateIso3: 'LBN',
  contactedOn: '2026-11-20',
  area: 'cooperation_assistance',
  stateSide: 'Director of LMAC',
  otherParticipants: '',
  outcome: 'Lebanon will send its costed plan.',
  nextStep: 'Send the request template',
  createItem: 'yes',
  itemOwnerKind: 'coordinator',
  itemOwner: 'Germany and Lebanon',
  itemOwnerUserId: '',
  itemDueOn: '2026-11-01',
};

describe.each(engines)('follow-up pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a Coordinator opens a State, records a contact and its next step, sees it in its follow-ups and moves it', async () => {
    const { app, user: coordinator, cookie, get } = await signedIn(database(), { role: 'coordinator' });

    const state = await expectPage(await get('/states/LBN'), 200, [
      'Contacts and follow-ups',
      'href="/follow-ups/contacts/new?state=LBN"',
      'No contact with this State is recorded.',
      'href="/follow-ups"',
    ]);
    expect(state).toContain('Record a contact with Lebanon');

    const form = await expectPage(await get('/follow-ups/contacts/new?state=LBN'), 200, ['Record a contact']);
    const shown = fieldsOf(form, '/follow-ups/contacts/new');
    expect(shown).toMatchObject({
      stateIso3: 'LBN',
      contactedOn: '2026-11-23',
      itemOwnerUserId: coordinator.id,
    });

    // A refused save: 422, every typed value kept, each error at its field.
    const refused = await expectPage(
      await postForm(
        app,
        '/follow-ups/contacts/new',
        { ...contactForm, outcome: '', itemOwnerKind: '', itemDueOn: 'next week' },
        cookie,
      ),
      422,
      [
        'The contact could not be saved',
        'Choose who owns the next step.',
        'Give a date as YYYY, YYYY-MM or YYYY-MM-DD.',
      ],
    );
    expect(fieldsOf(refused, '/follow-ups/contacts/new')).toMatchObject({
      stateIso3: 'LBN',
      stateSide: 'Director of LMAC',
      nextStep: 'Send the request template',
      createItem: 'yes',
      itemOwner: 'Germany and Lebanon',
      itemDueOn: 'next week',
      outcome: '',
    });
    expect((await rowCounts(database().db, { contacts })).contacts).toBe(0);

    const saved = await postForm(app, '/follow-ups/contacts/new', contactForm, cookie);
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location') ?? '';
    expect(location).toMatch(/^\/follow-ups\/contacts\/\d+#outcome$/);
    const contactPath = location.replace(/#outcome$/, '');
    await expectPage(await get(contactPath), 200, [
      'Contact with Lebanon on 20 November 2026',
      'Director of LMAC',
      'Send the request template',
      'Overdue',
    ]);
    await expectPage(await get('/states/LBN'), 200, [`href="${contactPath}"`, 'Latest contacts']);

    // The follow-ups: the item, what it concerns, overdue (due 1 November, still open).
    const mine = await expectPage(await get('/follow-ups'), 200, [
      'My follow-ups',
      '1 action item, 1 overdue',
      `href="${contactPath}"`,
      'class="overdue"',
    ]);
    const statusLink = mine.match(/href="(\/follow-ups\/items\/\d+\/status\?back=[^"]+)"/)?.[1];
    expect(statusLink).toBeDefined();
    const csv = await csvRows(get('/follow-ups.csv'));
    expect(csv[0]).toContain('Overdue');
    expect(csv[1]).toEqual(
      expect.arrayContaining(['Send the request template', '2026-11-01', 'Open', 'Yes', 'Lebanon']),
    );
    const xlsx = await get('/follow-ups.xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    await xlsxSheet(xlsx);
    await expectPage(await get('/follow-ups?area=cooperation_assistance'), 200, ['1 action item, 1 overdue']);
    await expectPage(await get('/follow-ups?area=victim_assistance'), 200, ['No action item here.']);
    await expectPage(await get('/follow-ups?area=nonsense'), 200, ['My follow-ups']);

    // Moving its status: a bad value comes back with 422, a good one is saved and leads back.
    const statusPage = await expectPage(await get(statusLink!.replaceAll('&amp;', '&')), 200, [
      'Update an action item',
    ]);
    const action = statusPage.match(/action="(\/follow-ups\/items\/\d+\/status)#errors"/)?.[1] ?? '';
    const values = fieldsOf(statusPage, action);
    await expectPage(
      await postForm(app, action, { ...values, status: 'finished', note: 'typed' }, cookie),
      422,
      ['Choose a status.', '>typed</textarea>'],
    );
    const moved = await postForm(app, action, { ...values, status: 'done', note: 'Template sent' }, cookie);
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe('/follow-ups#outcome');
    await expectPage(await get('/follow-ups'), 200, ['1 action item, 0 overdue', 'Done']);

    // Editing the contact keeps what it said; a bad State comes back at its field.
    const edit = await expectPage(await get(`${contactPath}/edit`), 200, ['Edit a contact']);
    const editValues = fieldsOf(edit, `${contactPath}/edit`);
    await expectPage(
      await postForm(app, `${contactPath}/edit`, { ...editValues, stateIso3: 'XYZ' }, cookie),
      422,
      ['No State with this code is in the registry.', 'value="XYZ"'],
    );
    const updated = await postForm(
      app,
      `${contactPath}/edit`,
      { ...editValues, outcome: 'Plan received.' },
      cookie,
    );
    expect(updated.status).toBe(303);
    await expectPage(await get('/follow-ups/contacts?state=LBN'), 200, [
      'Contacts with Lebanon',
      'Plan received.',
    ]);
  });

  it('refuses focal points (of the State concerned too), partners and the public, and hides the State page section', async () => {
    const { db } = database();
    const { app, cookie: isuCookie } = await signedIn(database(), { role: 'isu' });
    const saved = await postForm(
      app,
      '/follow-ups/contacts/new',
      { ...contactForm, createItem: '' },
      isuCookie,
    );
    expect(saved.status).toBe(303);
    const contactPath = outcomeAt(saved);
    await expectPage(await app.request('/follow-ups/contacts', { headers: { cookie: isuCookie } }), 200, [
      'Lebanon will send its costed plan.',
      'href="/follow-ups/contacts.csv"',
    ]);
    // The list as CSV, from the same column definition as the page.
    const csv = await csvRows(
      app.request('/follow-ups/contacts.csv?state=LBN', { headers: { cookie: isuCookie } }),
    );
    expect(csv[0]).toEqual([
      'Date',
      'State',
      'Thematic area',
      'For the State',
      'Recorded by',
      'Outcome',
      'Next step',
    ]);
    expect(csv.slice(1).map((r) => [r[1], r[5]])).toEqual([
      ['Lebanon', 'Lebanon will send its costed plan.'],
    ]);

    for (const spec of [
      { role: 'focal_point', stateIso3: 'LBN' },
      { role: 'focal_point', stateIso3: 'CHL' },
      { role: 'partner', organisation: 'NPA' },
    ] as const) {
      const user = await makeUser(db, spec);
      const cookie = await signIn(app, user.email);
      const get = (path: string) => app.request(path, { headers: { cookie } });
      for (const path of [
        '/follow-ups',
        '/follow-ups.csv',
        '/follow-ups/contacts',
        '/follow-ups/contacts?state=LBN',
        '/follow-ups/contacts.csv',
        '/follow-ups/contacts.xlsx',
        contactPath,
        `${contactPath}/edit`,
        '/follow-ups/contacts/new?state=LBN',
        '/follow-ups/worklist',
        '/follow-ups/worklist.csv',
      ])
        expect((await get(path)).status, `${spec.role} ${path}`).toBe(403);
      const page = await (await get('/states/LBN')).text();
      expect(page).not.toContain('Contacts and follow-ups');
      expect(page).not.toContain('Lebanon will send its costed plan.');
      expect(page).not.toContain('href="/follow-ups"');
      expect((await postForm(app, '/follow-ups/contacts/new', contactForm, cookie)).status).toBe(403);
      expect((await postForm(app, `${contactPath}/edit`, contactForm, cookie)).status).toBe(403);
    }
    expectSentToSignIn(await app.request('/follow-ups/contacts'), '/follow-ups/contacts');
    expect(await (await app.request('/states/LBN')).text()).not.toContain('Contacts and follow-ups');
    expect((await rowCounts(db, { contacts })).contacts).toBe(1);
  });

  it('shows the worklist with deadlines, risk and last contact, in the order asked, and as CSV', async () => {
    const { db } = database();
    await riskScenario(db);
    await seedCoalitions(db);
    const { app, cookie, get } = await signedIn(database(), { role: 'isu' }, { now: RISK_NOW });
    const page = await expectPage(await get('/follow-ups/worklist'), 200, [
      'Worklist: States with time-bound obligations',
      '<th scope="col">Deadline risk</th>',
      'Off track',
      'No open need recorded',
      'None recorded',
    ]);
    // Lebanon's Mine Action Forum (seeded) is its coalition; a State without one says so.
    expect(page).toMatch(/<a href="\/coalitions\/\d+">Lebanon Mine Action Forum<\/a>/);
    expect(page).toContain('title="No Country Coalition recorded for this State."');
    const byRisk = await (await get('/follow-ups/worklist?sort=risk')).text();
    const risks = [...byRisk.matchAll(/#risk-article-\d">([^<(]+)/g)].map((m) => m[1]?.trim());
    expect(risks[0]).toBe('Off track');
    expect(risks.indexOf('Off track')).toBeLessThan(
      risks.indexOf('Not enough data') === -1 ? Infinity : risks.indexOf('Not enough data'),
    );
    expect((await get('/follow-ups/worklist?sort=bogus')).status).toBe(200);
    const csv = await csvRows(get('/follow-ups/worklist.csv?sort=state'));
    expect(csv[0]).toEqual([
      'State',
      'Obligation',
      'Deadline',
      'Deadline risk',
      "Needs' evidence score",
      'Needs counted',
      'Country Coalition',
      'Last contact',
      'Area of the last contact',
    ]);
    const states = csv.slice(1).map((r) => r[0] ?? '');
    expect(states).toEqual([...states].sort((a, b) => a.localeCompare(b, 'en')));
    // In French the States are named and ordered in French (Liban, not Lebanon; Allemagne near the top).
    const fr = await csvRows(
      app.request('/follow-ups/worklist.csv?sort=state', { headers: { cookie: `${cookie}; lang=fr` } }),
    );
    const frStates = fr.slice(1).map((r) => r[0] ?? '');
    expect(frStates).toContain('Liban');
    expect(frStates).toEqual([...frStates].sort(compareText('fr')));
  });
});
