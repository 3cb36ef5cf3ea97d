import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { type Actor, anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { isoDay } from '../../kernel/clock.js';
import { seedCalendar } from '../calendar/index.js';
import { addNeed } from '../cooperation/index.js';
import { insertLedgerEntry, needForm } from '../cooperation/testing.js';
import { confirmCoalition } from './confirm-coalition.js';
import { createCoalition } from './create-coalition.js';
import { linkCoalitionMeeting, unlinkCoalitionMeeting } from './meeting-links.js';
import { linkCoalitionNeed, unlinkCoalitionNeed } from './need-links.js';
import { coalitionsActiveOn, getCoalitionForActor, listCoalitions } from './queries.js';
import { coalitions } from './schema.js';
import { seedCoalitions } from './seed.js';
import { updateCoalition } from './update-coalition.js';

const today = isoDay(TEST_NOW);

/** A coalition around Lebanon, as a form would send it. */
const lebanon = {
  stateIso3: 'lbn',
  name: 'Test coalition',
  members: [
    { kind: 'state', stateIso3: 'DEU', name: null, role: 'donor' },
    { kind: 'operator', stateIso3: null, name: 'Norwegian People’s Aid (NPA)', role: null },
  ],
  areas: ['art4', 'art5', 'art4'],
  establishedOn: '2019',
  status: 'active',
  source: 'Letter of the Lebanon Mine Action Centre, 2026',
  published: false,
  notes: '',
};

async function people(db: Db) {
  return {
    isu: await makeUser(db, { role: 'isu' }),
    coordinator: await makeUser(db, { role: 'coordinator', stateIso3: 'DEU' }),
    fpLbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    fpChl: await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
    partner: await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
    partnerOrg: await makeUser(db, { role: 'partner', organisation: 'NPA' }),
  };
}

describe.each(engines)('Country Coalitions on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('seeds the four coalitions of the sources, once, with their sources; old confirmations show as dormant', async () => {
    const { db } = database();
    await seedCalendar(db);
    expect(await seedCoalitions(db)).toEqual({ coalitionsAdded: 4 });
    expect(await seedCoalitions(db)).toEqual({ coalitionsAdded: 0 });
    const isu = await makeUser(db, { role: 'isu' });
    const rows = await listCoalitions(db, isu, today);
    expect(
      rows.map((r) => [r.state.iso3, r.storedStatus, r.status, r.lapsed, r.establishedOn, r.lastConfirmedOn]),
    ).toEqual([
      ['BIH', 'active', 'dormant', true, null, '2023-07-17'],
      ['BWA', 'active', 'dormant', true, '2017-10', '2018-06-08'],
      ['LBN', 'active', 'dormant', true, null, '2023-07-17'],
      ['MRT', 'proposed', 'proposed', false, null, '2023-07-17'],
    ]);
    const [bih, bwa, lbn, mrt] = rows;
    expect(bih?.members).toEqual([]);
    expect(bih?.source).toContain('11MSP Progress Report');
    expect(bih?.source).toContain('§39, §57');
    expect(bwa?.members).toEqual([
      { kind: 'operator', stateIso3: null, name: 'Norwegian People’s Aid (NPA)', role: expect.any(String) },
    ]);
    expect(bwa?.areas).toEqual(['art3']);
    expect(bwa?.source).toContain('Informal Meeting on Enhancing International Cooperation');
    expect(lbn?.members.map((m) => m.role)).toEqual([
      'facilitator',
      'facilitator (national authority)',
      'secretariat',
    ]);
    expect(mrt?.members).toEqual([
      { kind: 'state', stateIso3: 'FRA', name: 'France', role: 'responded favourably' },
    ]);
    expect(mrt?.source).toContain('§60');
    const forum = await getCoalitionForActor(db, anonymous, lbn!.id, today);
    expect(forum.meetings.map((m) => m.code)).toEqual(['ICA-2018-06-08']);
    expect(forum.actionItems.map((a) => a.meetingCode)).toEqual([
      'ICA-2018-06-08',
      'ICA-2018-06-08',
      'ICA-2018-06-08',
    ]);
    // As of the 11MSP census date, Bosnia and Herzegovina's and Lebanon's were in place (§39, §57).
    expect((await coalitionsActiveOn(db, '2023-06-30')).map((c) => c.stateIso3)).toEqual(['BIH', 'LBN']);
  });

  it('the ISU, a Coordinator and the State’s focal point create a coalition; others are refused', async () => {
    const { db } = database();
    const p = await people(db);
    for (const who of [p.isu, p.coordinator, p.fpLbn]) {
      const { id } = await createCoalition(ctxFor(db, who), lebanon);
      expect(id).toBeGreaterThan(0);
    }
    expect((await rejection(createCoalition(ctxFor(db, p.fpChl), lebanon))).status).toBe(403);
    expect((await rejection(createCoalition(ctxFor(db, p.partner), lebanon))).status).toBe(403);
    expect((await rejection(createCoalition(ctxFor(db, p.partnerOrg), lebanon))).status).toBe(403);
    expect((await rejection(createCoalition(ctxFor(db, anonymous), lebanon))).status).toBe(401);
    const [row] = await db.select().from(coalitions).orderBy(asc(coalitions.id)).limit(1);
    expect(row).toMatchObject({
      stateIso3: 'LBN',
      areas: ['art4', 'art5'],
      lastConfirmedOn: today,
      published: false,
    });
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.verb, 'coalitions.create'));
    expect(audit).toHaveLength(3);
  });

  it('refuses a partner the registry does not know, the State as its own partner, a bad date and no source', async () => {
    const { db } = database();
    const { isu } = await people(db);
    const ctx = ctxFor(db, isu);
    const bad = await rejection(
      createCoalition(ctx, {
        ...lebanon,
        members: [
          { kind: 'state', stateIso3: 'XXX' },
          { kind: 'state', stateIso3: 'LBN' },
        ],
      }),
    );
    expect(bad).toMatchObject({
      status: 422,
      fieldErrors: {
        'members.0.stateIso3': ['coalitions:errors.unknownState'],
        'members.1.stateIso3': ['coalitions:errors.selfMember'],
      },
    });
    const input = await rejection(
      createCoalition(ctx, {
        ...lebanon,
        members: [{ kind: 'operator', stateIso3: 'NOR', name: null }],
        establishedOn: '2017-13',
        source: ' ',
        status: 'sleeping',
      }),
    );
    expect(Object.keys((input as unknown as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'establishedOn',
      'members.0.name',
      'source',
      'status',
    ]);
    expect(await db.select().from(coalitions)).toEqual([]);
  });

  it('every verb: the State’s focal point, the ISU and a Coordinator may; another State’s focal point, a partner and the public may not', async () => {
    const { db } = database();
    await seedCalendar(db);
    const p = await people(db);
    const { id } = await createCoalition(ctxFor(db, p.isu), lebanon);
    const need = await addNeed(ctxFor(db, p.fpLbn), needForm);
    const other = await addNeed(ctxFor(db, p.fpLbn), {
      ...needForm,
      description: 'Victim assistance',
      area: 'art5',
    });

    const verbs = [
      (a: Actor) => updateCoalition(ctxFor(db, a), { ...lebanon, id, name: `Edited by ${a.label}` }),
      (a: Actor) => confirmCoalition(ctxFor(db, a), { id }),
      (a: Actor) => linkCoalitionMeeting(ctxFor(db, a), { id, meetingCode: '11MSP' }),
      (a: Actor) => unlinkCoalitionMeeting(ctxFor(db, a), { id, meetingCode: '11MSP' }),
      (a: Actor) => linkCoalitionNeed(ctxFor(db, a), { id, needId: need.id }),
      (a: Actor) => unlinkCoalitionNeed(ctxFor(db, a), { id, needId: need.id }),
    ];
    for (const verb of verbs) {
      expect((await rejection(verb(p.fpChl))).status).toBe(403);
      expect((await rejection(verb(p.partner))).status).toBe(403);
      expect((await rejection(verb(p.partnerOrg))).status).toBe(403);
      expect((await rejection(verb(anonymous))).status).toBe(401);
    }
    // Each may do each, in turn (a link before its unlink).
    for (const who of [p.fpLbn, p.isu, p.coordinator]) for (const verb of verbs) await verb(who);
    // A focal point may not move its coalition to another State, nor write one of another State.
    expect(
      (await rejection(updateCoalition(ctxFor(db, p.fpLbn), { ...lebanon, id, stateIso3: 'CHL' }))).status,
    ).toBe(403);

    await linkCoalitionNeed(ctxFor(db, p.fpLbn), { id, needId: other.id });
    const view = await getCoalitionForActor(db, p.fpLbn, id, today);
    expect(view.name).toBe(`Edited by ${p.coordinator.label}`);
    expect(view.needs.map((n) => n.description)).toEqual(['Victim assistance']);
    const audit = await db
      .select({ verb: auditEntries.verb })
      .from(auditEntries)
      .where(eq(auditEntries.subjectId, String(id)));
    expect(audit.filter((a) => a.verb.startsWith('coalitions.')).length).toBe(1 + 3 * verbs.length + 1);
  });

  it('links refuse what does not fit: an unknown meeting, another State’s need, a second link, an unlink of nothing', async () => {
    const { db } = database();
    await seedCalendar(db);
    const { isu, fpChl } = await people(db);
    const { id } = await createCoalition(ctxFor(db, isu), lebanon);
    const chile = await addNeed(ctxFor(db, fpChl), { ...needForm, stateIso3: 'CHL' });
    const ctx = ctxFor(db, isu);
    expect(await rejection(linkCoalitionMeeting(ctx, { id, meetingCode: 'NOPE' }))).toMatchObject({
      fieldErrors: { meetingCode: ['coalitions:errors.meeting'] },
    });
    expect(await rejection(linkCoalitionNeed(ctx, { id, needId: chile.id }))).toMatchObject({
      fieldErrors: { needId: ['coalitions:errors.needOfAnotherState'] },
    });
    await linkCoalitionMeeting(ctx, { id, meetingCode: '11MSP' });
    expect(await rejection(linkCoalitionMeeting(ctx, { id, meetingCode: '11MSP' }))).toMatchObject({
      fieldErrors: { meetingCode: ['coalitions:errors.alreadyLinked'] },
    });
    expect(await rejection(unlinkCoalitionNeed(ctx, { id, needId: chile.id }))).toMatchObject({
      fieldErrors: { needId: ['coalitions:errors.notLinked'] },
    });
    expect(await rejection(confirmCoalition(ctx, { id: 999999 }))).toMatchObject({ status: 422 });
  });

  it('a confirmation makes a dormant coalition active again; a closed one stays closed', async () => {
    const { db } = database();
    const { isu } = await people(db);
    const ctx = ctxFor(db, isu);
    const { id } = await createCoalition(ctx, { ...lebanon, lastConfirmedOn: '2024-05-01' });
    expect(await getCoalitionForActor(db, isu, id, today)).toMatchObject({ status: 'dormant', lapsed: true });
    expect(await confirmCoalition(ctx, { id })).toEqual({ id, lastConfirmedOn: today });
    expect(await getCoalitionForActor(db, isu, id, today)).toMatchObject({ status: 'active', lapsed: false });
    await updateCoalition(ctx, { ...lebanon, id, status: 'closed' });
    expect(await getCoalitionForActor(db, isu, id, '2030-01-01')).toMatchObject({
      status: 'closed',
      lapsed: false,
    });
  });

  it('shows an unpublished coalition to the ISU, Coordinators and its own State only; the ledger flows from its partners', async () => {
    const { db } = database();
    const p = await people(db);
    const { id } = await createCoalition(ctxFor(db, p.isu), lebanon);
    await insertLedgerEntry(db, {
      providerIso3: 'DEU',
      providerName: 'Germany',
      recipientIso3: 'LBN',
      amount: 250000,
    });
    await insertLedgerEntry(db, {
      providerIso3: null,
      providerName: 'Norwegian People’s Aid',
      recipientIso3: 'LBN',
    });
    await insertLedgerEntry(db, { providerIso3: 'NOR', providerName: 'Norway', recipientIso3: 'LBN' });
    await insertLedgerEntry(db, { providerIso3: 'DEU', providerName: 'Germany', recipientIso3: 'IRQ' });
    for (const who of [p.isu, p.coordinator, p.fpLbn])
      expect((await listCoalitions(db, who, today)).map((c) => c.id)).toEqual([id]);
    for (const who of [p.fpChl, p.partner, anonymous]) {
      expect(await listCoalitions(db, who, today)).toEqual([]);
      expect((await rejection(getCoalitionForActor(db, who, id, today))).status).toBe(404);
    }
    const view = await getCoalitionForActor(db, p.fpLbn, id, today);
    expect(view.flows.map((f) => [f.providerName, f.recipientIso3]).sort()).toEqual([
      ['Germany', 'LBN'],
      ['Norwegian People’s Aid', 'LBN'],
    ]);
    await updateCoalition(ctxFor(db, p.fpLbn), { ...lebanon, id, published: true });
    expect((await listCoalitions(db, anonymous, today)).map((c) => c.id)).toEqual([id]);
  });

  it("lists the flows from its partners in the order of their names in the reader's language", async () => {
    const { db } = database();
    const p = await people(db);
    const members = [...lebanon.members, { kind: 'state', stateIso3: 'AUT', name: null, role: 'donor' }];
    const { id } = await createCoalition(ctxFor(db, p.isu), { ...lebanon, members });
    await insertLedgerEntry(db, { providerIso3: 'DEU', providerName: 'Germany', recipientIso3: 'LBN' });
    await insertLedgerEntry(db, { providerIso3: 'AUT', providerName: 'Austria', recipientIso3: 'LBN' });
    const order = async (locale: string) =>
      (await getCoalitionForActor(db, p.isu, id, today, locale)).flows.map((f) => f.providerIso3);
    expect(await order('en')).toEqual(['AUT', 'DEU']); // Austria, Germany
    expect(await order('fr')).toEqual(['DEU', 'AUT']); // Allemagne, Autriche
    expect(await order('es')).toEqual(['DEU', 'AUT']); // Alemania, Austria
  });
});
