import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, postForm, signedIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo, nonIsuUsers } from '../../../test/refusals.js';
import { rowCounts } from '../../../test/row-counts.js';
import { seededApp } from '../../../test/seeded.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { createContext } from '../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { correctOfficeHolder } from './correct-office-holder.js';
import { listOfficeHolders } from './office-holders.js';
import { recordOfficeHolder } from './record-office-holder.js';
import { officeHolderCorrections, officeHolders } from './schema.js';
import { seedCalendar } from './seed.js';
import { chileVictimAssistanceCoordinator } from './testing.js';

const coordinator = chileVictimAssistanceCoordinator;

describe.each(engines)('office holders on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('records an office holder for the ISU, with an audit entry', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const { id } = await recordOfficeHolder(ctxFor(db, isu), coordinator);
    const [row] = await listOfficeHolders(db);
    expect(row).toMatchObject({
      id,
      office: 'thematic_coordinator',
      area: 'victim_assistance',
      state: { iso3: 'CHL', name: 'Chile' },
      personName: null,
      gender: 'not_known',
      periodFrom: '12MSP',
      periodTo: '13MSP',
      source: { title: 'Letter of the Presidency (example)', href: 'https://example.org/letter' },
    });
    expect((await rowCounts(db, { auditEntries })).auditEntries).toBeGreaterThan(0);
  });

  it("lists co-holders of one area and period in the reader's order of their States' names", async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await recordOfficeHolder(ctxFor(db, isu), { ...coordinator, stateIso3: 'AUT' });
    await recordOfficeHolder(ctxFor(db, isu), { ...coordinator, stateIso3: 'DEU' });
    const app = testApp(database());
    const page = async (lang: string) => (await app.request(`/meetings/office-holders?lang=${lang}`)).text();
    const en = await page('en');
    expect(en.indexOf('>Austria</a>')).toBeGreaterThan(0);
    expect(en.indexOf('>Austria</a>')).toBeLessThan(en.indexOf('>Germany</a>'));
    const fr = await page('fr');
    expect(fr.indexOf('>Allemagne</a>')).toBeGreaterThan(0);
    expect(fr.indexOf('>Allemagne</a>')).toBeLessThan(fr.indexOf('>Autriche</a>'));
  });

  it('refuses a focal point, a partner, a Coordinator and the public, and changes nothing', async () => {
    const { db } = database();
    await expectRefusedTo(db, await nonIsuUsers(db), (ctx) => recordOfficeHolder(ctx, coordinator));
    expect((await rowCounts(db, { officeHolders })).officeHolders).toBe(0);
  });

  it('refuses a holder with neither State nor person, an area on a President, a Coordinator without area, an unknown State', async () => {
    const { db } = database();
    const ctx = ctxFor(db, await makeUser(db, { role: 'isu' }));
    for (const bad of [
      { ...coordinator, stateIso3: null },
      { ...coordinator, office: 'president' },
      { ...coordinator, area: null },
      { ...coordinator, stateIso3: 'XXX' },
    ])
      await expect(recordOfficeHolder(ctx, bad)).rejects.toBeInstanceOf(ValidationError);
    expect((await rowCounts(db, { officeHolders })).officeHolders).toBe(0);
  });

  it("loads the seeds' Coordinators and the meetings' Presidents once, each with its source", async () => {
    const { db } = database();
    await seedCalendar(db);
    expect((await seedCalendar(db)).officeHoldersAdded).toBe(0);
    const holders = await listOfficeHolders(db);
    const coordinators = holders.filter((h) => h.office === 'thematic_coordinator');
    expect(
      coordinators.map((h) => [h.area, h.state?.iso3, h.periodFrom, h.periodTo, h.gender, h.personName]),
    ).toEqual([
      ['cooperation_assistance', 'DEU', '2022', '11MSP', 'not_known', null],
      ['cooperation_assistance', 'LBN', '2022', '11MSP', 'not_known', null],
      ['cooperation_assistance', 'AUS', '2017', '8MSP', 'not_known', null],
      ['cooperation_assistance', 'PER', '2017', '8MSP', 'not_known', null],
      ['general_status', 'BEL', '2022', '11MSP', 'not_known', null],
      ['general_status', 'FRA', '2022', '11MSP', 'not_known', null],
    ]);
    // Seed 004 §4–5: the Coordinators on General Status and Operation act as the gender focal points.
    const focalPoints = holders.filter((h) => h.office === 'gender_focal_point');
    expect(focalPoints.map((h) => h.state?.iso3)).toEqual(['BEL', 'FRA']);
    expect(focalPoints[0]?.source.title).toContain('§4–5');
    expect(coordinators[0]?.source.title).toContain('Work Plan 2022–2023');
    expect(coordinators[2]?.source.title).toContain('Concept Note');
    const presidents = holders.filter((h) => h.office === 'president');
    expect(presidents.map((h) => [h.periodTo, h.state?.iso3])).toEqual(
      expect.arrayContaining([
        ['11MSP', 'IRQ'],
        ['2RC', 'CHE'],
        ['13MSP', 'PHL'],
      ]),
    );
    expect(presidents.find((h) => h.periodTo === '11MSP')?.personName).toBe(
      'H.E. Mr. Abdul-Karim Hashim Mostafa',
    );
    expect(presidents.every((h) => h.source.title && h.gender === 'not_known')).toBe(true);
  });

  it('shows /meetings/office-holders grouped by office, without JavaScript, linked from /meetings', async () => {
    const { db, app } = await seededApp(database(), seedCalendar);
    expect(await (await app.request('/meetings')).text()).toContain('href="/meetings/office-holders"');
    const res = await app.request('/meetings/office-holders');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h2 id="office-thematic_coordinator">Thematic Coordinators</h2>');
    for (const name of ['Lebanon', 'Germany', 'Australia', 'Peru']) expect(html).toContain(name);
    expect(html).toContain('from 2022 to 11MSP');
    expect(html).toContain('Cooperation and assistance');
    expect(html).toContain('H.E. Mr. Abdul-Karim Hashim Mostafa');
    expect(html).not.toContain('<script');

    const api = await app.request('/api/v1/office-holders');
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      count: number;
      officeHolders: Array<{ state: { iso3: string } | null }>;
    };
    expect(body.count).toBe((await listOfficeHolders(db)).length);
    expect(body.officeHolders.map((h) => h.state?.iso3)).toEqual(
      expect.arrayContaining(['LBN', 'DEU', 'AUS', 'PER']),
    );
  });

  it('corrects a record by appending a correction: the record as first recorded stays, with the reason', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const { id } = await recordOfficeHolder(ctx, coordinator);
    await correctOfficeHolder(ctx, {
      ...coordinator,
      id,
      action: 'corrected',
      periodFrom: '11MSP',
      personName: 'Ms. Example',
      gender: 'woman',
      reason: 'The letter of 2023 names the person and an earlier start',
    });
    const [row] = await listOfficeHolders(db);
    expect(row).toMatchObject({
      id,
      personName: 'Ms. Example',
      gender: 'woman',
      periodFrom: '11MSP',
      withdrawn: false,
      recorded: { personName: null, gender: 'not_known', periodFrom: '12MSP' },
    });
    expect(row?.corrections.map((c) => [c.action, c.reason])).toEqual([
      ['corrected', 'The letter of 2023 names the person and an earlier start'],
    ]);
    const [original] = await db.select().from(officeHolders);
    expect(original).toMatchObject({ personName: null, periodFrom: '12MSP' });
    const audit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'calendar.correctOfficeHolder'))
      .orderBy(asc(auditEntries.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      subjectType: 'office_holder',
      subjectId: String(id),
      before: { record: { periodFrom: '12MSP', personName: null }, withdrawn: false },
      after: { action: 'corrected', reason: 'The letter of 2023 names the person and an earlier start' },
    });
  });

  it('withdraws a record: it counts nowhere but stays in the history; a second withdrawal is refused', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const { id } = await recordOfficeHolder(ctx, coordinator);
    await correctOfficeHolder(ctx, { id, action: 'withdrawn', reason: 'Recorded for the wrong meeting' });
    expect(await listOfficeHolders(db)).toEqual([]);
    const [kept] = await listOfficeHolders(db, [id], { withWithdrawn: true });
    expect(kept).toMatchObject({ id, withdrawn: true, state: { iso3: 'CHL' } });
    await expect(
      correctOfficeHolder(ctx, { id, action: 'withdrawn', reason: 'again' }),
    ).rejects.toBeInstanceOf(ValidationError);
    // Corrected after its withdrawal, it counts again, with the corrected values.
    await correctOfficeHolder(ctx, {
      ...coordinator,
      id,
      action: 'corrected',
      stateIso3: 'PER',
      reason: 'Peru',
    });
    expect((await listOfficeHolders(db)).map((h) => h.state?.iso3)).toEqual(['PER']);
    expect((await rowCounts(db, { officeHolderCorrections })).officeHolderCorrections).toBe(2);
  });

  it('refuses a correction without a reason, with bad values, of an unknown record, or by anyone but the ISU', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const { id } = await recordOfficeHolder(ctx, coordinator);
    for (const bad of [
      { ...coordinator, id, action: 'corrected', reason: ' ' },
      { ...coordinator, id, action: 'corrected', reason: 'r', area: null },
      { ...coordinator, id, action: 'corrected', reason: 'r', stateIso3: 'XXX' },
      { ...coordinator, id, action: 'corrected', reason: 'r', periodFrom: '13MSP', periodTo: '12MSP' },
      { ...coordinator, id, action: 'corrected', reason: 'r', periodTo: 'from time to time' },
      { id, action: 'withdrawn' },
    ])
      await expect(correctOfficeHolder(ctx, bad)).rejects.toBeInstanceOf(ValidationError);
    await expect(
      correctOfficeHolder(ctx, { id: id + 1000, action: 'withdrawn', reason: 'r' }),
    ).rejects.toMatchObject({ code: 'CALENDAR.OFFICE_HOLDER_NOT_FOUND' });
    for (const actor of [
      await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      await makeUser(db, { role: 'partner', organisation: 'NPA' }),
      await makeUser(db, { role: 'coordinator' }),
    ])
      await expect(
        correctOfficeHolder(ctxFor(db, actor), { id, action: 'withdrawn', reason: 'mine' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      correctOfficeHolder(createContext(db, anonymous), { id, action: 'withdrawn', reason: 'r' }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await rowCounts(db, { officeHolderCorrections })).officeHolderCorrections).toBe(0);
  });

  it('gives the ISU forms to record, correct and withdraw; a refused save keeps what was typed', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { app, cookie } = await signedIn(database(), { role: 'isu' });
    const list = await (await app.request('/meetings/office-holders', { headers: { cookie } })).text();
    expect(list).toContain('href="/meetings/office-holders/new"');
    expect((await app.request('/meetings/office-holders/new', { headers: { cookie } })).status).toBe(200);

    const typed = {
      office: 'president',
      area: 'victim_assistance',
      stateIso3: '',
      personName: 'Ms. Example Person',
      gender: 'woman',
      periodFrom: '13MSP',
      periodTo: '12MSP',
      sourceTitle: 'Final report of the 13MSP (example)',
      sourceHref: 'not an address',
    };
    const refused = await postForm(app, '/meetings/office-holders/new', typed, cookie);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('A thematic Coordinator has a thematic area; no other office has one.');
    expect(html).toContain('An address starts with http:// or https://.');
    expect(html).toContain('value="Ms. Example Person"');
    expect(html).toContain('value="Final report of the 13MSP (example)"');

    const ok = await postForm(
      app,
      '/meetings/office-holders/new',
      { ...typed, area: '', periodFrom: '12MSP', periodTo: '13MSP', sourceHref: '' },
      cookie,
    );
    expect(ok.status).toBe(303);
    const [made] = (await listOfficeHolders(db)).filter((h) => h.personName === 'Ms. Example Person');
    expect(made).toMatchObject({ office: 'president', gender: 'woman', periodFrom: '12MSP' });
    expect(ok.headers.get('location')).toBe(`/meetings/office-holders#holder-${made!.id}`);

    const path = `/meetings/office-holders/${made!.id}/correct`;
    const form = await (await app.request(path, { headers: { cookie } })).text();
    expect(form).toContain('As first recorded');
    expect(form).toContain('value="Ms. Example Person"');
    const noReason = await postForm(
      app,
      path,
      {
        ...typed,
        area: '',
        periodFrom: '12MSP',
        periodTo: '13MSP',
        sourceHref: '',
        action: 'withdrawn',
        reason: '',
      },
      cookie,
    );
    await expectPage(noReason, 422, ['Say why the record is corrected or withdrawn.']);
    const withdrawn = await postForm(
      app,
      path,
      { action: 'withdrawn', reason: 'Recorded twice by mistake' },
      cookie,
    );
    expect(withdrawn.status).toBe(303);
    const after = await (await app.request('/meetings/office-holders', { headers: { cookie } })).text();
    expect(after).toContain('<h2 id="office-withdrawn">Withdrawn records</h2>');
    expect(after).toContain('Recorded twice by mistake');
    expect(after).not.toContain('<script');

    // The public sees the page without the ISU's links; the forms refuse it.
    expect(await (await app.request('/meetings/office-holders')).text()).not.toContain('/correct"');
    const anonymousForm = await app.request(path);
    expect(anonymousForm.status).toBe(303);
    expect(anonymousForm.headers.get('location')).toMatch(/^\/sign-in/);
    const api = (await (await app.request('/api/v1/office-holders')).json()) as {
      officeHolders: Array<{ personName: string | null; corrected: boolean }>;
    };
    expect(api.officeHolders.some((h) => h.personName === 'Ms. Example Person')).toBe(false);
    expect(api.officeHolders.every((h) => h.corrected === false)).toBe(true);
  });
});
