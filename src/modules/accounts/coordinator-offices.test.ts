import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo } from '../../../test/refusals.js';
import { rowCounts } from '../../../test/row-counts.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ValidationError } from '../../kernel/errors.js';
import {
  correctOfficeHolder,
  listOfficeHolders,
  recordOfficeHolder,
  seedCalendar,
} from '../calendar/index.js';
import { chileVictimAssistanceCoordinator } from '../calendar/testing.js';
import { assignRole } from './assign-role.js';
import {
  coordinatorAreas,
  coordinatorOfficesOn,
  linkCoordinatorOffice,
  unlinkCoordinatorOffice,
} from './coordinator-offices.js';
import { ensureDemoAccounts } from './demo-accounts.js';
import { coordinatorOffices, users } from './schema.js';

const victimAssistance = { ...chileVictimAssistanceCoordinator, sourceHref: null };

describe.each(engines)("a Coordinator account's thematic scope on %s", (engine) => {
  const database = useFreshDatabase(engine);

  /** The seeds' office holders, an ISU, a Coordinator account, and the ids of Lebanon's record and a new one. */
  async function setUp() {
    const { db } = database();
    await seedCalendar(db);
    const isu = await makeUser(db, { role: 'isu' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const holders = await listOfficeHolders(db);
    const lebanon = holders.find((h) => h.office === 'thematic_coordinator' && h.state?.iso3 === 'LBN')!;
    const australia = holders.find((h) => h.office === 'thematic_coordinator' && h.state?.iso3 === 'AUS')!;
    const president = holders.find((h) => h.office === 'president')!;
    const { id: chile } = await recordOfficeHolder(ctxFor(db, isu), victimAssistance);
    return { db, isu, coordinator, lebanon, australia, president, chile };
  }

  it('reads the areas from the linked records, by their period on the day asked', async () => {
    const { db, isu, coordinator, lebanon, australia, chile } = await setUp();
    expect(await coordinatorAreas(db, coordinator.id!, '2023-06-30')).toEqual([]);

    await linkCoordinatorOffice(ctxFor(db, isu), { userId: coordinator.id!, officeHolderId: lebanon.id });
    await linkCoordinatorOffice(ctxFor(db, isu), { userId: coordinator.id!, officeHolderId: chile });
    await linkCoordinatorOffice(ctxFor(db, isu), { userId: coordinator.id!, officeHolderId: australia.id });

    // Lebanon's record runs from 2022 to the 11MSP (11–14 September 2023); Chile's from the 12MSP
    // (10 September 2024) to the 13MSP (19 September 2025).
    expect(await coordinatorAreas(db, coordinator.id!, '2021-12-31')).toEqual([]);
    expect(await coordinatorAreas(db, coordinator.id!, '2022-01-01')).toEqual(['cooperation_assistance']);
    expect(await coordinatorAreas(db, coordinator.id!, '2023-09-14')).toEqual(['cooperation_assistance']);
    expect(await coordinatorAreas(db, coordinator.id!, '2023-09-15')).toEqual([]);
    expect(await coordinatorAreas(db, coordinator.id!, '2024-09-10')).toEqual(['victim_assistance']);
    expect(await coordinatorAreas(db, coordinator.id!, '2025-09-20')).toEqual([]);

    const terms = await coordinatorOfficesOn(db, coordinator.id!, '2023-06-30');
    expect(terms.map((t) => [t.state?.iso3, t.term])).toEqual([
      ['LBN', 'current'],
      // Australia's period ends at the 8MSP, whose dates no source recorded: never guessed.
      ['AUS', 'not_placed'],
      ['CHL', 'future'],
    ]);

    // A record's period follows the calendar: a meeting's dates decide, not a copy in the account.
    expect(await coordinatorAreas(db, coordinator.id!, '2025-01-01')).toEqual(['victim_assistance']);
    await unlinkCoordinatorOffice(ctxFor(db, isu), { userId: coordinator.id!, officeHolderId: chile });
    expect(await coordinatorAreas(db, coordinator.id!, '2025-01-01')).toEqual([]);

    // A correction of the record moves the scope with it; a withdrawn record gives none.
    await correctOfficeHolder(ctxFor(db, isu), {
      ...victimAssistance,
      stateIso3: 'LBN',
      area: 'cooperation_assistance',
      periodFrom: '2022',
      periodTo: '12MSP',
      id: lebanon.id,
      action: 'corrected',
      reason: 'Served until the 12MSP',
    });
    expect(await coordinatorAreas(db, coordinator.id!, '2024-01-01')).toEqual(['cooperation_assistance']);
    await correctOfficeHolder(ctxFor(db, isu), {
      id: lebanon.id,
      action: 'withdrawn',
      reason: 'Not sourced',
    });
    expect(await coordinatorAreas(db, coordinator.id!, '2023-06-30')).toEqual([]);
    expect((await coordinatorOfficesOn(db, coordinator.id!, '2023-06-30'))[0]).toMatchObject({
      id: lebanon.id,
      term: 'withdrawn',
    });

    // An account that is no longer a Coordinator's has no scope, whatever stays linked.
    await assignRole(ctxFor(db, isu), { userId: coordinator.id!, role: 'partner', organisation: 'NPA' });

    const audit = await db
      .select({ subjectType: auditEntries.subjectType, verb: auditEntries.verb })
      .from(auditEntries)
      .orderBy(asc(auditEntries.id));
    expect(audit.filter((a) => a.subjectType === 'coordinator_office').map((a) => a.verb)).toEqual([
      'accounts.linkCoordinatorOffice',
      'accounts.linkCoordinatorOffice',
      'accounts.linkCoordinatorOffice',
      'accounts.unlinkCoordinatorOffice',
    ]);
  });

  it('refuses a President’s record, an account that is not a Coordinator’s, a link made twice, an unlink of nothing', async () => {
    const { db, isu, coordinator, lebanon, president } = await setUp();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const ctx = ctxFor(db, isu);
    await expect(
      linkCoordinatorOffice(ctx, { userId: coordinator.id!, officeHolderId: president.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      linkCoordinatorOffice(ctx, { userId: fp.id!, officeHolderId: lebanon.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      linkCoordinatorOffice(ctx, { userId: coordinator.id!, officeHolderId: 999_999 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      unlinkCoordinatorOffice(ctx, { userId: coordinator.id!, officeHolderId: lebanon.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await linkCoordinatorOffice(ctx, { userId: coordinator.id!, officeHolderId: lebanon.id });
    await expect(
      linkCoordinatorOffice(ctx, { userId: coordinator.id!, officeHolderId: lebanon.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await rowCounts(db, { coordinatorOffices })).coordinatorOffices).toBe(1);
  });

  it('lets only the ISU link or unlink: a focal point, a partner, the Coordinator itself and the public are refused', async () => {
    const { db, coordinator, lebanon } = await setUp();
    const input = { userId: coordinator.id!, officeHolderId: lebanon.id };
    const actors = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'partner', organisation: 'NPA' }),
      coordinator,
    ];
    await expectRefusedTo(db, actors, (ctx) => linkCoordinatorOffice(ctx, input), 'link');
    await expectRefusedTo(db, actors, (ctx) => unlinkCoordinatorOffice(ctx, input), 'unlink');
    expect((await rowCounts(db, { coordinatorOffices })).coordinatorOffices).toBe(0);
  });

  it('shows the scope on the account page and lets the ISU link an office from the users page', async () => {
    const { db, isu, coordinator, chile } = await setUp();
    // The test clock stands on 23 November 2026: move Chile's record to cover it.
    const { id: current } = await recordOfficeHolder(ctxFor(db, isu), {
      ...victimAssistance,
      periodFrom: '2025',
      periodTo: null,
    });
    const app = testApp(database());
    const isuCookie = await signIn(app, isu.email);
    const users = await (await app.request('/admin/users', { headers: { cookie: isuCookie } })).text();
    expect(users).toContain(`action="/admin/users/${coordinator.id}/offices/link#errors"`);
    expect(users).toContain('Victim assistance — Chile (from 12MSP to 13MSP)');

    const refused = await postForm(
      app,
      `/admin/users/${coordinator.id}/offices/link`,
      { officeHolderId: '' },
      isuCookie,
    );
    await expectPage(refused, 422, ['Choose the record of a thematic Coordinator.']);

    for (const id of [chile, current]) {
      const ok = await postForm(
        app,
        `/admin/users/${coordinator.id}/offices/link`,
        { officeHolderId: String(id) },
        isuCookie,
      );
      expect(ok.status).toBe(303);
    }

    const cookie = await signIn(app, coordinator.email);
    const page = await (await app.request('/account', { headers: { cookie } })).text();
    expect(page).toContain('<h2 id="scope">Thematic scope</h2>');
    expect(page).toContain('On 2026-11-23 this account coordinates: Victim assistance.');
    expect(page).toContain('<td>Ended</td>');
    expect(page).toContain('<td>In office</td>');
    expect(page).not.toContain('offices/unlink');

    // The Coordinator cannot link itself to another office.
    const self = await postForm(
      app,
      `/admin/users/${coordinator.id}/offices/unlink`,
      { officeHolderId: String(current) },
      cookie,
    );
    expect(self.status).toBe(403);
    expect(await coordinatorAreas(db, coordinator.id!, '2026-11-23')).toEqual(['victim_assistance']);
  });

  it('links the demonstration Coordinator to Germany’s 2022–23 cooperation office, and no other area', async () => {
    const { db } = database();
    await seedCalendar(db);
    await ensureDemoAccounts(db);
    const [demo] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'coordinator@demo.ccm.local'));
    expect(await coordinatorAreas(db, demo!.id, '2023-06-30')).toEqual(['cooperation_assistance']);
    // The seeds name no Coordinator after the 11MSP: today the account holds no area.
    expect(await coordinatorAreas(db, demo!.id, '2026-12-01')).toEqual([]);
  });
});
