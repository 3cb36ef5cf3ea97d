import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, signIn, TEST_BASE, type TestApp, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { importParticipants } from './import-participants.js';
import { readParticipantsCsv } from './participation.js';
import { findMeeting } from './queries.js';
import { delegates, meetingDelegations } from './schema.js';
import { seedCalendar } from './seed.js';

const fixture = (name: string) => readFileSync(`test/fixtures/participants/${name}`, 'utf8');

async function sizes(db: Db) {
  const [d] = await db.select({ n: count() }).from(meetingDelegations);
  const [p] = await db.select({ n: count() }).from(delegates);
  return { delegations: d!.n, delegates: p!.n };
}

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
    const app = testApp(database());
    const isu = await makeUser(db, { role: 'isu' });
    const cookie = await signIn(app, isu.email);
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
});
