import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, signedIn, signIn, TEST_BASE, type TestApp, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { rowCounts } from '../../../test/row-counts.js';
import { deflatedSpaces, readZipParts, withPart, writeZip } from '../../../test/zip.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { translator } from '../../kernel/i18n/index.js';
import { stateName } from '../../kernel/i18n/state-names.js';
import { importParticipants } from './import-participants.js';
import { readParticipantsXlsx } from './participants-xlsx.js';
import { readParticipantsCsv } from './participation.js';
import { findMeeting } from './queries.js';
import { delegates, meetingDelegations } from './schema.js';
import { seedCalendar } from './seed.js';

const fixture = (name: string) => readFileSync(`test/fixtures/participants/${name}`, 'utf8');
const binary = (name: string) => readFileSync(`test/fixtures/participants/${name}`);
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sample workbook with its sheet replaced by 64 MiB of spaces, its headers still small. */
const bomb = () =>
  writeZip(
    readZipParts(binary('10msp-sample.xlsx')).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { ...p, deflated: deflatedSpaces(64) } : p,
    ),
  );
/** The sample workbook with 30,000 empty rows added to its sheet: a real XML part, just too many rows. */
const manyRows = () =>
  withPart(binary('10msp-sample.xlsx'), 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('</sheetData>', `${'<row/>'.repeat(30_000)}</sheetData>`),
  );

describe('lists of participants as workbooks', () => {
  it('reads the sample workbook into the rows of the CSV list, each error at its sheet row', async () => {
    const csv = readParticipantsCsv(fixture('10msp-sample.csv'));
    const xlsx = await readParticipantsXlsx(binary('10msp-sample.xlsx'));
    expect(xlsx.errors).toEqual([]);
    const strip = (rows: typeof csv.rows) => rows.map(({ line: _line, ...r }) => r);
    expect(strip(xlsx.rows)).toEqual(strip(csv.rows));
    // The empty sheet row 7 is skipped, and lines are the sheet's own.
    expect(xlsx.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11]);

    const bad = await readParticipantsXlsx(binary('malformed.xlsx'));
    expect(bad.rows).toEqual([]);
    expect(bad.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'name'],
      [6, 'gender'],
      [7, 'head'],
      [3, 'head'],
    ]);
  });

  it('refuses a file that is not a workbook, a broken one, and one that would unpack too far', async () => {
    const keys = async (buf: Buffer) => (await readParticipantsXlsx(buf)).errors.map((e) => e.key);
    const sample = binary('10msp-sample.xlsx');
    expect(await keys(Buffer.from(fixture('10msp-sample.csv')))).toEqual([
      'calendar:participants.errors.notXlsx',
    ]);
    expect(await keys(sample.subarray(0, sample.length - 200))).toEqual([
      'calendar:participants.errors.notXlsx',
    ]);
    expect(await keys(bomb())).toEqual(['calendar:participants.errors.xlsxTooLarge']);
    expect(await keys(manyRows())).toEqual(['calendar:participants.errors.xlsxTooLarge']);
  });
});

const sizes = (db: Db) => rowCounts(db, { delegations: meetingDelegations, delegates });

function upload(app: TestApp, path: string, cookie: string, fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return app.request(path, { method: 'POST', headers: { origin: TEST_BASE, cookie }, body: form });
}

describe.each(engines)('participation on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('imports a list through the verb, with each State’s status on the first day; others are refused', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { rows } = readParticipantsCsv(fixture('10msp-sample.csv'));
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const focal = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    for (const actor of [partner, focal])
      await expect(
        importParticipants(ctxFor(db, actor), { meetingCode: '10MSP', rows }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await sizes(db)).toEqual({ delegations: 0, delegates: 0 });

    const isu = await makeUser(db, { role: 'isu' });
    await importParticipants(ctxFor(db, isu), { meetingCode: '10MSP', rows });
    const m = await findMeeting(db, '10MSP');
    const status = Object.fromEntries(m!.participation.delegations.map((d) => [d.name, d.status]));
    expect(status).toEqual({
      Germany: 'state_party',
      Lebanon: 'state_party',
      Nigeria: 'signatory',
      'South Sudan': 'not_party',
      'Cluster Munition Coalition': 'observer',
      ICRC: 'observer',
    });
    expect(m!.participation.figures).toMatchObject({
      delegations: 6,
      delegates: 9,
      statePartyDelegates: 5,
      womenStatePartyDelegates: 2,
      genderNotKnownStatePartyDelegates: 1,
      delegationsHeadedByWomen: 4,
      statesNotPartyPresent: 2,
      delegationsWithSurvivors: 2,
      statePartyDelegationsWithSurvivors: 1,
    });

    // The meeting page lists the delegations in the reader's order of the States' names: in Arabic
    // South Sudan (جنوب السودان) comes before Lebanon (لبنان), unlike in English.
    const app = testApp(database());
    const ar = await (await app.request('/meetings/10MSP?lang=ar')).text();
    const table = ar.slice(ar.indexOf(translator('ar')('calendar:participants.col.delegation')));
    const at = (iso3: string) => table.indexOf(`href="/states/${iso3}">${stateName('ar', iso3)}</a>`);
    const order = ['DEU', 'SSD', 'LBN', 'NGA'];
    expect(order.map(at).every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => at(a) - at(b))).toEqual(order);
    const en = await (await app.request('/meetings/10MSP')).text();
    const enTable = en.slice(en.indexOf('Delegation'));
    const enAt = (iso3: string) => enTable.indexOf(`href="/states/${iso3}">`);
    expect(enAt('LBN')).toBeLessThan(enAt('SSD'));

    // All or nothing: a row naming a State the registry does not hold refuses the whole list.
    const bad = [...rows, { ...rows[0]!, line: 11, stateIso3: 'XXA', head: false }];
    await expect(
      importParticipants(ctxFor(db, isu), { meetingCode: '10MSP', rows: bad }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await sizes(db)).toEqual({ delegations: 6, delegates: 9 });
  });

  it('previews an upload, saves it on confirmation, and a malformed list changes nothing', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const path = '/meetings/10MSP/participants/upload';
    expect((await app.request(path, { headers: { cookie } })).status).toBe(200);

    const sample = fixture('10msp-sample.csv');
    const preview = await upload(app, path, cookie, {
      file: new File([sample], 'list.csv', { type: 'text/csv' }),
    });
    expect(preview.status).toBe(200);
    const previewHtml = await preview.text();
    expect(previewHtml).toContain('Check before saving');
    expect(previewHtml).toContain('2 of 5');
    expect(await sizes(db)).toEqual({ delegations: 0, delegates: 0 });

    const saved = await upload(app, path, cookie, { confirm: 'yes', csv: sample });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/meetings/10MSP#participation');
    const page = await (await app.request('/meetings/10MSP')).text();
    expect(page).toContain('Women among the delegates of States Parties');
    expect(page).toContain('2 of 5');
    expect(page).toContain('4 of 6');
    expect(page).toContain('Signatory');
    expect(page).not.toContain('Test Delegate LBN-2'); // who is a survivor is not published

    const before = await sizes(db);
    const malformed = await upload(app, path, cookie, {
      file: new File([fixture('malformed.csv')], 'bad.csv', { type: 'text/csv' }),
    });
    expect(malformed.status).toBe(422);
    const html = await malformed.text();
    expect(html).toContain('4 problems in the file');
    expect(html).toContain('This delegation already has a head.');
    expect(html).toContain('Write yes or no.');
    const forced = await upload(app, path, cookie, { confirm: 'yes', csv: fixture('malformed.csv') });
    expect(forced.status).toBe(422);
    expect(await sizes(db)).toEqual(before);

    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const partnerCookie = await signIn(app, partner.email);
    expect((await upload(app, path, partnerCookie, { confirm: 'yes', csv: sample })).status).toBe(403);
  });

  it('imports a workbook with the same preview and figures; a malformed or oversized one changes nothing', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const path = '/meetings/10MSP/participants/upload';

    const preview = await upload(app, path, cookie, {
      file: new File([binary('10msp-sample.xlsx')], 'list.xlsx', { type: xlsxType }),
    });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('Check before saving');
    expect(html).toContain('2 of 5');
    expect(await sizes(db)).toEqual({ delegations: 0, delegates: 0 });
    // The confirmation carries the rows read from the workbook on, as CSV.
    const carried = html.match(/<textarea name="csv" hidden="">([\s\S]*?)<\/textarea>/)?.[1];
    expect(carried).toBeDefined();
    const saved = await upload(app, path, cookie, {
      confirm: 'yes',
      csv: carried!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    });
    expect(saved.status).toBe(303);
    const m = await findMeeting(db, '10MSP');
    expect(m!.participation.figures).toMatchObject({
      delegations: 6,
      delegates: 9,
      womenStatePartyDelegates: 2,
      delegationsHeadedByWomen: 4,
      statesNotPartyPresent: 2,
      delegationsWithSurvivors: 2,
    });

    const before = await sizes(db);
    const malformed = await upload(app, path, cookie, {
      file: new File([binary('malformed.xlsx')], 'bad.xlsx', { type: xlsxType }),
    });
    expect(malformed.status).toBe(422);
    const bad = await malformed.text();
    expect(bad).toContain('4 problems in the file');
    expect(bad).toContain('This delegation already has a head.');
    for (const [name, bytes, message] of [
      ['bomb.xlsx', bomb(), 'This workbook would unpack to more than a list of participants can be'],
      ['rows.xlsx', manyRows(), 'This workbook would unpack to more than a list of participants can be'],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), 'This file is not an Excel workbook'],
      ['huge.xlsx', Buffer.alloc(2 * 1024 * 1024 + 1, 0x50), 'The file is too large'],
    ] as const) {
      const res = await upload(app, path, cookie, {
        file: new File([new Uint8Array(bytes)], name, { type: xlsxType }),
      });
      expect(res.status, name).toBe(422);
      expect(await res.text(), name).toContain(message);
    }
    expect(await sizes(db)).toEqual(before);
  });
});
