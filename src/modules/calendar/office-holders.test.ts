import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { createContext } from '../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { listOfficeHolders } from './office-holders.js';
import { recordOfficeHolder } from './record-office-holder.js';
import { officeHolders } from './schema.js';
import { seedCalendar } from './seed.js';

const coordinator = {
  office: 'thematic_coordinator',
  area: 'victim_assistance',
  stateIso3: 'CHL',
  personName: null,
  gender: 'not_known',
  periodFrom: '12MSP',
  periodTo: '13MSP',
  sourceTitle: 'Letter of the Presidency (example)',
  sourceHref: 'https://example.org/letter',
} as const;

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
    const [au] = await db.select({ n: count() }).from(auditEntries);
    expect(au!.n).toBeGreaterThan(0);
  });

  it('refuses a focal point, a partner, a Coordinator and the public, and changes nothing', async () => {
    const { db } = database();
    const actors = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'partner', organisation: 'NPA' }),
      await makeUser(db, { role: 'coordinator' }),
    ];
    for (const actor of actors)
      await expect(recordOfficeHolder(ctxFor(db, actor), coordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordOfficeHolder(createContext(db, anonymous), coordinator)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    const [n] = await db.select({ n: count() }).from(officeHolders);
    expect(n!.n).toBe(0);
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
    const [n] = await db.select({ n: count() }).from(officeHolders);
    expect(n!.n).toBe(0);
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
    ]);
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
    const { db } = database();
    await seedCalendar(db);
    const app = testApp(database());
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
});
