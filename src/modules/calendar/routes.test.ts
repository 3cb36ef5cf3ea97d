import { describe, expect, it } from 'vitest';
import { expectPage, makeUser, outcomeAt, postForm, signedIn, signIn } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRows, xlsxSheet } from '../../../test/downloads.js';
import { rowCounts } from '../../../test/row-counts.js';
import { seededApp } from '../../../test/seeded.js';
import type { Db } from '../../db/client.js';
import { translator } from '../../kernel/i18n/index.js';
import { compareText, stateName } from '../../kernel/i18n/state-names.js';
import { actionItems, meetings } from './schema.js';
import { seedCalendar } from './seed.js';

const sizes = (db: Db) => rowCounts(db, { meetings, actionItems });

const newMeeting = {
  code: 'IWG-2026',
  kind: 'intersessional',
  title: 'Intersessional meeting 2026',
  startsOn: '2026-04-07',
  endsOn: '2026-04-08',
  venue: 'Geneva',
  presidingStateIso3: '',
  hosts: '',
  agenda: 'Status of the Convention\nCooperation and assistance',
  documents: 'CCM/MSP/2026/INF.1 | Provisional programme | https://example.org/p.pdf\n| Concept note |',
  sources: 'https://example.org/iwg-2026',
};

describe.each(engines)('meeting pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('shows the list, the 11MSP with its window, documents and registry facts, and seed 003 with its figures and follow-ups', async () => {
    const { app } = await seededApp(database(), seedCalendar);

    const list = await app.request('/meetings');
    await expectPage(list, 200, [
      'href="/meetings/11MSP"',
      '13 meetings shown',
      '<a href="/meetings" aria-current="page">Meetings</a>',
    ]);
    const informal = await (await app.request('/meetings?kind=coordinators_informal')).text();
    expect(informal).toContain('4 meetings shown');
    expect((await app.request('/meetings?kind=nonsense')).status).toBe(200);

    const msp = await (await app.request('/meetings/11MSP')).text();
    expect(msp).toContain('from 1 July 2022 to 30 June 2023; figures counted as of 30 June 2023');
    expect(msp).toContain('11 September 2023 – 14 September 2023');
    expect(msp).toContain('<a href="/states/IRQ">Iraq</a>');
    expect(msp).toContain('CCM/MSP/2023/1');
    expect(msp).toContain('https://meetings.unoda.org/meeting/68085');
    // Registry facts recorded with the 11MSP: Iraq's and Mauritania's requests, with no decision recorded.
    expect(msp).toContain('<a href="/states/BGR">Bulgaria</a>');
    expect(msp).toContain('Extension requested');
    expect(msp).toContain('decision not recorded with this meeting');
    expect(msp).not.toContain('004_923d4e8164d0663d');

    // The registry facts in the reader's order of the States' names (here Arabic), not the English one.
    const codesIn = (html: string, heading: string) => {
      const from = html.indexOf(heading);
      const part = html.slice(from, html.indexOf('<h2', from + 1));
      return [...new Set([...part.matchAll(/href="\/states\/([A-Z]{3})"/g)].map((x) => x[1]!))];
    };
    const ar = await (await app.request('/meetings/11MSP?lang=ar')).text();
    const arCodes = codesIn(ar, translator('ar')('calendar:meeting.decisions'));
    const enCodes = codesIn(msp, translator('en')('calendar:meeting.decisions'));
    expect(arCodes.length).toBeGreaterThan(1);
    expect(arCodes).toEqual(
      [...enCodes].sort((a, b) => compareText('ar')(stateName('ar', a), stateName('ar', b))),
    );
    expect(arCodes).not.toEqual(enCodes);

    const june = await (await app.request('/meetings/ICA-2018-06-08')).text();
    expect(june).toContain('about 16 participants');
    expect(june).toContain(
      '10 representatives of potential donor or partner States and 6 of States with needs',
    );
    expect(june).toContain('Chad described its challenges');
    expect(june).toContain('Status not known');
    expect(june).toContain('<a href="/states/TCD">Chad</a>');
    expect(june).toMatch(/Venue<\/dt>\s*<dd><span class="unconfirmed">Not known<\/span>/);
    expect(june).toContain('requested assistance');
    expect(june).toContain('<a href="/states/BWA">Botswana</a>');

    const open = await (await app.request('/meetings/action-items')).text();
    expect(open).toContain('3 action items');
    expect(open).toContain('href="/meetings/ICA-2018-06-08"');

    const fr = await (await app.request('/meetings/11MSP', { headers: { cookie: 'lang=fr' } })).text();
    expect(fr).toContain('Assemblée des États parties');
    expect((await app.request('/meetings/NOPE')).status).toBe(404);
    const lower = await app.request('/meetings/11msp');
    expect([lower.status, lower.headers.get('location')]).toEqual([301, '/meetings/11MSP']);
  });

  it('downloads the list as CSV and XLSX', async () => {
    const { app } = await seededApp(database(), seedCalendar);
    const rows = await csvRows(app.request('/meetings.csv?kind=msp'));
    expect(rows[0]?.slice(0, 3)).toEqual(['Code', 'Title', 'Kind']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['13MSP', '12MSP', '11MSP', '10MSP', '9MSP']);
    const msp11 = rows.find((r) => r[0] === '11MSP');
    expect(msp11?.slice(10, 13)).toEqual(['2022-07-01', '2023-06-30', '2023-06-30']);
    const items = await csvRows(app.request('/meetings/action-items.csv'));
    expect(items.length).toBe(4);
    expect(items[3]?.slice(0, 1)).toEqual(['ICA-2018-06-08']);
    expect(items[3]?.slice(6, 8)).toEqual(['Status not known', 'TCD']);
    await xlsxSheet(app.request('/meetings/action-items.xlsx'));
    expect((await xlsxSheet(app.request('/meetings.xlsx'))).rowCount).toBe(14);
  });

  it('lets the ISU add a meeting and an action item; a refused save keeps what was typed', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'isu' });

    expect((await app.request('/meetings/new', { headers: { cookie } })).status).toBe(200);
    const refused = await postForm(app, '/meetings/new', { ...newMeeting, endsOn: '2026-04-01' }, cookie);
    await expectPage(refused, 422, [
      'The last day is before the first day.',
      'value="IWG-2026"',
      'Status of the Convention\nCooperation and assistance',
      'CCM/MSP/2026/INF.1 | Provisional programme | https://example.org/p.pdf',
    ]);
    const taken = await postForm(app, '/meetings/new', { ...newMeeting, code: '11MSP' }, cookie);
    await expectPage(taken, 422, ['A meeting with this code already exists.']);

    const ok = await postForm(app, '/meetings/new', newMeeting, cookie);
    expect(ok.status).toBe(303);
    expect(outcomeAt(ok)).toBe('/meetings/IWG-2026');
    const page = await (await app.request('/meetings/IWG-2026', { headers: { cookie } })).text();
    expect(page).toContain('<a href="https://example.org/p.pdf">Provisional programme</a>');
    expect(page).toContain('Concept note');

    const edit = await (await app.request('/meetings/IWG-2026/edit', { headers: { cookie } })).text();
    expect(edit).toContain('| Concept note |');
    const saved = await postForm(
      app,
      '/meetings/IWG-2026/edit',
      { ...newMeeting, venue: 'Geneva, Palais des Nations', code: 'IGNORED' },
      cookie,
    );
    expect(saved.status).toBe(303);
    expect(await (await app.request('/meetings/IWG-2026')).text()).toContain('Geneva, Palais des Nations');

    const badItem = await postForm(
      app,
      '/meetings/IWG-2026/action-items/new',
      { what: 'Circulate the summary', ownerKind: 'state', owner: 'XYZ', dueOn: '2026-05', status: 'open' },
      cookie,
    );
    await expectPage(badItem, 422, ['Circulate the summary']);
    const item = await postForm(
      app,
      '/meetings/IWG-2026/action-items/new',
      {
        what: 'Circulate the summary',
        ownerKind: 'isu',
        dueOn: '2026-05',
        status: 'open',
        states: 'LBN, DEU',
      },
      cookie,
    );
    expect(item.status).toBe(303);
    const statement = await postForm(
      app,
      '/meetings/IWG-2026/statements/new',
      { stateIso3: 'CHL', topic: 'clearance', summary: 'Survey of the training areas', tag_on_track: 'yes' },
      cookie,
    );
    expect(statement.status).toBe(303);
    const withStatement = await (await app.request('/meetings/IWG-2026')).text();
    expect(withStatement).toContain('Survey of the training areas');
    expect(withStatement).toContain('on track to meet its deadline');
    const noSpeaker = await postForm(
      app,
      '/meetings/IWG-2026/statements/new',
      { topic: 'clearance', summary: 'Typed and kept' },
      cookie,
    );
    await expectPage(noSpeaker, 422, ['Typed and kept']);
    const open = await (await app.request('/meetings/action-items')).text();
    expect(open).toContain('Circulate the summary');
    expect(open).toContain('4 action items');
  });

  it('refuses the forms to a focal point and a partner, and sends the public to sign in', async () => {
    const { db, app } = await seededApp(database(), seedCalendar);
    const before = await sizes(db);
    expect((await app.request('/meetings/new')).status).toBe(303);
    for (const spec of [
      { role: 'focal_point' as const, stateIso3: 'LBN' },
      { role: 'partner' as const, organisation: 'NPA' },
    ]) {
      const user = await makeUser(db, spec);
      const cookie = await signIn(app, user.email);
      expect((await app.request('/meetings/new', { headers: { cookie } })).status).toBe(403);
      expect((await postForm(app, '/meetings/new', newMeeting, cookie)).status).toBe(403);
      expect((await postForm(app, '/meetings/11MSP/edit', newMeeting, cookie)).status).toBe(403);
      expect(
        (
          await postForm(
            app,
            '/meetings/11MSP/action-items/new',
            { what: 'x', ownerKind: 'isu', status: 'open' },
            cookie,
          )
        ).status,
      ).toBe(403);
      const page = await (await app.request('/meetings/11MSP', { headers: { cookie } })).text();
      expect(page).not.toContain('/meetings/11MSP/edit');
    }
    expect(await sizes(db)).toEqual(before);
  });

  it('answers malformed posts to every calendar form with a page, never a server error', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const paths = [
      '/meetings/new',
      '/meetings/11MSP/edit',
      '/meetings/11MSP/action-items/new',
      '/meetings/ICA-2018-06-08/action-items/1/edit',
      '/meetings/11MSP/participants/upload',
      '/meetings/11MSP/statements/new',
    ];
    const bodies: Array<Record<string, string>> = [
      {},
      { code: '', kind: 'nope', title: 'x'.repeat(5000), startsOn: '2023-02-30', participantsTotal: 'many' },
      {
        code: 'OK-1',
        kind: 'msp',
        title: 'T',
        sources: 'javascript:alert(1)',
        documents: '| | javascript:x',
      },
      { what: '', ownerKind: 'state', owner: 'lbn', dueOn: '2023-02-30', status: 'x', states: 'L, XXX' },
      { participantsTotal: '-1', presidingStateIso3: '12', hosts: ';;;', censusDate: '2023-06-30' },
      { confirm: 'yes', csv: 'delegation,name,gender,head,survivor\n"unterminated' },
    ];
    for (const path of paths)
      for (const body of bodies) {
        const res = await postForm(app, path, body, cookie);
        expect(res.status, `${path} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
      }
  });
});
