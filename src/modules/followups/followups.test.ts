import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo } from '../../../test/refusals.js';
import { rowCounts } from '../../../test/row-counts.js';
import type { Db } from '../../db/client.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { isoDay } from '../../kernel/clock.js';
import { NotFoundError, type ValidationError } from '../../kernel/errors.js';
import { linkCoordinatorOffice, setUserDisabled } from '../accounts/index.js';
import {
  addActionItem,
  createMeeting,
  findMeeting,
  listOpenActionItems,
  recordActionItem,
  recordOfficeHolder,
} from '../calendar/index.js';
import { actionItems } from '../calendar/schema.js';
import { addNeed } from '../cooperation/index.js';
import { needForm } from '../cooperation/testing.js';
import { followUpsFor, getContact, listContacts, listFollowUps, listWorklist } from './queries.js';
import { recordContact } from './record-contact.js';
import { contactActionItems, contacts } from './schema.js';
import { updateContact } from './update-contact.js';

const today = isoDay(TEST_NOW);

const lebanonContact = {
  stateIso3: 'lbn',
  contactedOn: '2026-11-02',
  area: 'cooperation_assistance',
  stateSide: 'Director of the Lebanon Mine Action Center',
  otherParticipants: 'Germany (co-Coordinator)',
  outcome: 'Lebanon will present its updated clearance plan at the intersessional meetings.',
  nextStep: 'Send Lebanon the template for a costed request',
};

const sizes = (db: Db) =>
  rowCounts(db, { contacts, items: actionItems, links: contactActionItems, audit: auditEntries });

describe.each(engines)('contacts and follow-ups on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function people(db: Db) {
    return {
      isu: await makeUser(db, { role: 'isu' }),
      coordinator: await makeUser(db, { role: 'coordinator' }),
      otherCoordinator: await makeUser(db, { role: 'coordinator' }),
      fpLbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      fpChl: await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      partner: await makeUser(db, { role: 'partner', organisation: 'NPA' }),
    };
  }

  it('a Coordinator records a contact and its next step as an action item, in one audited write', async () => {
    const { db } = database();
    const p = await people(db);
    const { id, actionItemId } = await recordContact(ctxFor(db, p.coordinator), {
      ...lebanonContact,
      createItem: true,
      itemOwnerKind: 'coordinator',
      itemOwner: 'Germany and Lebanon',
      itemOwnerUserId: p.coordinator.id,
      itemDueOn: '2026-12',
    });
    expect(actionItemId).not.toBeNull();
    const contact = await getContact(db, p.isu, id);
    expect(contact).toMatchObject({
      state: { iso3: 'LBN', name: 'Lebanon' },
      contactedOn: '2026-11-02',
      area: 'cooperation_assistance',
      recordedBy: { id: p.coordinator.id },
      actionItemIds: [actionItemId],
    });
    const [item] = await db.select().from(actionItems).where(eq(actionItems.id, actionItemId!));
    expect(item).toMatchObject({
      meetingId: null,
      what: lebanonContact.nextStep,
      ownerKind: 'coordinator',
      ownerUserId: p.coordinator.id,
      area: 'cooperation_assistance',
      dueOn: '2026-12',
      status: 'open',
      recordedBy: p.coordinator.id,
      source: `/follow-ups/contacts/${id}`,
    });
    const audit = await db.select().from(auditEntries);
    expect(
      audit
        .map((a) => a.verb)
        .filter((v) => /^(calendar|followups)\./.test(v))
        .sort(),
    ).toEqual(['calendar.recordActionItem', 'followups.recordContact']);
    // A meeting-less item stays out of the meetings' pages.
    expect(await listOpenActionItems(db)).toEqual([]);

    // It is in the Coordinator's follow-ups, the recorder's and the area's, with what it concerns.
    const mine = await followUpsFor(db, p.coordinator, today);
    expect(mine.map((i) => [i.id, i.concerns, i.overdue, i.ownerPersonName])).toEqual([
      [
        actionItemId,
        { kind: 'contact', id, state: { iso3: 'LBN', name: 'Lebanon' }, contactedOn: '2026-11-02' },
        false,
        p.coordinator.label,
      ],
    ]);
    expect(await followUpsFor(db, p.otherCoordinator, today)).toEqual([]);
    const area = await listFollowUps(db, p.isu, today, { area: 'cooperation_assistance' });
    expect(area.map((i) => i.id)).toEqual([actionItemId]);
    expect(await listFollowUps(db, p.isu, today, { area: 'victim_assistance' })).toEqual([]);
  });

  it('records a contact without an item, and the ISU may too', async () => {
    const { db } = database();
    const p = await people(db);
    const { actionItemId } = await recordContact(ctxFor(db, p.isu), { ...lebanonContact, nextStep: null });
    expect(actionItemId).toBeNull();
    expect(await sizes(db)).toMatchObject({ contacts: 1, items: 0, links: 0 });
  });

  it('refuses focal points (of the State concerned or another), partners and the public, and changes nothing', async () => {
    const { db } = database();
    const p = await people(db);
    const { id } = await recordContact(ctxFor(db, p.coordinator), lebanonContact);
    const before = await sizes(db);
    const actors = [p.fpLbn, p.fpChl, p.partner];
    await expectRefusedTo(db, actors, (ctx) => recordContact(ctx, lebanonContact), 'recordContact');
    await expectRefusedTo(
      db,
      actors,
      (ctx) => updateContact(ctx, { ...lebanonContact, id, outcome: 'changed' }),
      'updateContact',
    );
    expect(await sizes(db)).toEqual(before);
  });

  it('shows contacts to the ISU and Coordinators only: not to the State’s own focal point, another’s, a partner or the public', async () => {
    const { db } = database();
    const p = await people(db);
    const { id } = await recordContact(ctxFor(db, p.coordinator), lebanonContact);
    expect((await listContacts(db, p.isu)).map((c) => c.id)).toEqual([id]);
    expect((await listContacts(db, p.otherCoordinator, { stateIso3: 'LBN' })).map((c) => c.id)).toEqual([id]);
    expect(await listContacts(db, p.isu, { stateIso3: 'CHL' })).toEqual([]);
    for (const actor of [p.fpLbn, p.fpChl, p.partner, anonymous]) {
      expect(await listContacts(db, actor)).toEqual([]);
      expect(await listContacts(db, actor, { stateIso3: 'LBN' })).toEqual([]);
      expect(await rejection(getContact(db, actor, id))).toBeInstanceOf(NotFoundError);
      expect(await listFollowUps(db, actor, today, { area: 'cooperation_assistance' })).toEqual([]);
      expect(await listWorklist(db, actor, today)).toEqual([]);
    }
  });

  it('refuses bad input naming the field: unknown State, missing outcome, an item without a next step or owner, a person who is not ISU or Coordinator', async () => {
    const { db } = database();
    const p = await people(db);
    const before = await sizes(db);
    const fields = async (input: object) =>
      ((await rejection(recordContact(ctxFor(db, p.coordinator), input))) as ValidationError).fieldErrors;
    expect(await fields({ ...lebanonContact, stateIso3: 'XXX' })).toEqual({
      stateIso3: ['followups:errors.unknownState'],
    });
    expect(
      Object.keys(
        await fields({ ...lebanonContact, outcome: ' ', contactedOn: '2026-02-30', area: 'x' }),
      ).sort(),
    ).toEqual(['area', 'contactedOn', 'outcome']);
    expect(await fields({ ...lebanonContact, nextStep: null, createItem: true })).toEqual({
      nextStep: ['followups:errors.nextStepForItem'],
      itemOwnerKind: ['followups:errors.ownerKind'],
    });
    expect(
      await fields({ ...lebanonContact, createItem: true, itemOwnerKind: 'state', itemOwner: 'ZZZ' }),
    ).toEqual({ itemOwner: ['calendar:errors.unknownState'] });
    expect(
      await fields({
        ...lebanonContact,
        createItem: true,
        itemOwnerKind: 'isu',
        itemOwnerUserId: p.fpLbn.id,
      }),
    ).toEqual({ itemOwnerUserId: ['followups:errors.ownerPerson'] });
    // A disabled account is no one's to name.
    await setUserDisabled(ctxFor(db, p.isu), { userId: p.otherCoordinator.id!, disabled: true });
    expect(
      await fields({
        ...lebanonContact,
        createItem: true,
        itemOwnerKind: 'coordinator',
        itemOwner: 'Coordinators',
        itemOwnerUserId: p.otherCoordinator.id,
      }),
    ).toEqual({ itemOwnerUserId: ['followups:errors.ownerPerson'] });
    expect(
      await fields({ ...lebanonContact, createItem: true, itemOwnerKind: 'isu', itemDueOn: '2026-13' }),
    ).toEqual({ itemDueOn: ['followups:errors.dueOn'] });
    // Nothing of a refused contact is kept, not even the contact when only its item was refused.
    expect((await sizes(db)).contacts).toBe(before.contacts);
    expect((await sizes(db)).items).toBe(before.items);
  });

  it('updates a contact, keeping its items, and may record a further next step', async () => {
    const { db } = database();
    const p = await people(db);
    const { id, actionItemId } = await recordContact(ctxFor(db, p.coordinator), {
      ...lebanonContact,
      createItem: true,
      itemOwnerKind: 'isu',
    });
    const { actionItemId: second } = await updateContact(ctxFor(db, p.otherCoordinator), {
      ...lebanonContact,
      id,
      outcome: 'Lebanon presented its plan.',
      nextStep: 'Follow up on the costing',
      createItem: true,
      itemOwnerKind: 'state',
      itemOwner: 'lbn',
      itemDueOn: '2027-03-31',
    });
    const contact = await getContact(db, p.isu, id);
    expect(contact.outcome).toBe('Lebanon presented its plan.');
    expect(contact.recordedBy?.id).toBe(p.coordinator.id);
    expect(contact.actionItemIds).toEqual([actionItemId, second]);
    const [item] = await db.select().from(actionItems).where(eq(actionItems.id, second!));
    expect(item).toMatchObject({ ownerKind: 'state', owner: 'LBN', recordedBy: p.otherCoordinator.id });
    expect(await rejection(updateContact(ctxFor(db, p.isu), { ...lebanonContact, id: 999 }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lists a person’s follow-ups: owned or recorded, their areas as a Coordinator, a State’s meeting items for its focal point', async () => {
    const { db } = database();
    const p = await people(db);
    // The Coordinator holds victim assistance this year.
    const { id: office } = await recordOfficeHolder(ctxFor(db, p.isu), {
      office: 'thematic_coordinator',
      area: 'victim_assistance',
      stateIso3: 'CHL',
      personName: null,
      gender: 'not_known',
      periodFrom: '2026-01-01',
      periodTo: '2027-12-31',
      sourceTitle: 'Letter of the Presidency (test)',
      sourceHref: null,
    });
    await linkCoordinatorOffice(ctxFor(db, p.isu), { userId: p.coordinator.id!, officeHolderId: office });
    await createMeeting(ctxFor(db, p.isu), {
      code: 'WS-2026',
      kind: 'workshop',
      title: 'Workshop',
      sources: ['Invitation (test)'],
    });
    const { id: meetingItem } = await addActionItem(ctxFor(db, p.isu), {
      meetingCode: 'WS-2026',
      what: 'Lebanon to share its victim assistance plan',
      ownerKind: 'state',
      owner: 'LBN',
      dueOn: '2026-06',
      status: 'open',
      area: 'victim_assistance',
      states: ['LBN'],
    });
    const { id: owned } = await recordActionItem(ctxFor(db, p.isu), {
      what: 'Draft the note',
      ownerKind: 'coordinator',
      owner: 'Coordinators',
      ownerUserId: p.coordinator.id,
      status: 'done',
      dueOn: '2026-01-01',
    });
    const { actionItemId: fromContact } = await recordContact(ctxFor(db, p.isu), {
      ...lebanonContact,
      createItem: true,
      itemOwnerKind: 'state',
      itemOwner: 'LBN',
    });
    const { id: elsewhere } = await recordActionItem(ctxFor(db, p.isu), {
      what: 'Not theirs',
      ownerKind: 'isu',
      status: 'open',
      area: 'universalization',
    });

    const coordinatorItems = await followUpsFor(db, p.coordinator, today);
    expect(coordinatorItems.map((i) => [i.id, i.overdue]).sort()).toEqual(
      [
        [meetingItem, true],
        [owned, false],
      ].sort(),
    );
    expect(coordinatorItems.find((i) => i.id === meetingItem)?.concerns).toEqual({
      kind: 'meeting',
      code: 'WS-2026',
      title: 'Workshop',
    });
    const isuItems = (await followUpsFor(db, p.isu, today)).map((i) => i.id);
    expect(isuItems).toEqual(expect.arrayContaining([meetingItem, owned, fromContact, elsewhere]));
    // Lebanon's focal point owes the meeting's item; the contact's item is not theirs to read.
    expect((await followUpsFor(db, p.fpLbn, today)).map((i) => i.id)).toEqual([meetingItem]);
    expect(await followUpsFor(db, p.fpChl, today)).toEqual([]);
    expect(await followUpsFor(db, p.partner, today)).toEqual([]);
    expect(await followUpsFor(db, anonymous, today)).toEqual([]);
    // The meeting still counts its item; the others are not the meeting's.
    expect((await findMeeting(db, 'WS-2026'))?.actionItems.map((a) => a.id)).toEqual([meetingItem]);
  });

  it('lists the worklist with each State’s last contact, in the order asked', async () => {
    const { db } = database();
    const p = await people(db);
    const rows = await listWorklist(db, p.isu, today);
    expect(rows.length).toBeGreaterThan(0);
    const deadlines = rows.map((r) => r.deadline).filter((d) => d !== null);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(rows.every((r) => r.lastContact === null && r.coalition === null)).toBe(true);
    const target = rows[0]!.state.iso3;
    const { id } = await recordContact(ctxFor(db, p.coordinator), { ...lebanonContact, stateIso3: target });
    await recordContact(ctxFor(db, p.coordinator), {
      ...lebanonContact,
      stateIso3: target,
      contactedOn: '2025-01-01',
    });
    const after = await listWorklist(db, p.isu, today, 'lastContact');
    // Never contacted first, the State contacted last at the end.
    expect(after.at(-1)?.state.iso3).toBe(target);
    expect(after.at(-1)?.lastContact).toEqual({
      id,
      contactedOn: '2026-11-02',
      area: 'cooperation_assistance',
    });
    // A need's evidence (plan and national contribution missing: 3 of 5) counts for its State.
    await addNeed(ctxFor(db, p.isu), needForm);
    const lebanon = (await listWorklist(db, p.isu, today)).filter((r) => r.state.iso3 === 'LBN');
    expect(lebanon.length).toBeGreaterThan(0);
    expect(lebanon.map((r) => r.evidence)).toEqual(lebanon.map(() => ({ mean: 3, needs: 1 })));
    const weakest = await listWorklist(db, p.isu, today, 'evidence');
    expect(weakest[0]?.state.iso3).toBe('LBN');
    const byState = await listWorklist(db, p.isu, today, 'state');
    const names = byState.map((r) => r.state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
