import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo, nonIsuUsers } from '../../../test/refusals.js';
import { rowCounts } from '../../../test/row-counts.js';
import type { Db } from '../../db/client.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { addActionItem } from './add-action-item.js';
import { addStatement } from './add-statement.js';
import { createMeeting } from './create-meeting.js';
import { MeetingNotFoundError } from './errors.js';
import { findMeeting, listMeetings, listOpenActionItems } from './queries.js';
import { actionItems, meetingDocuments, meetings } from './schema.js';
import { seedCalendar } from './seed.js';
import { updateActionItem } from './update-action-item.js';
import { updateMeeting } from './update-meeting.js';

const workshop = {
  code: 'WS-2026-03',
  kind: 'workshop',
  title: 'Regional workshop on Article 4',
  startsOn: '2026-03-10',
  endsOn: '2026-03-11',
  venue: 'Beirut',
  presidingStateIso3: null,
  hosts: ['LBN', 'GICHD'],
  agenda: ['Opening', 'Survey methods'],
  documents: [{ symbol: null, title: 'Concept note', href: 'https://example.org/note.pdf' }],
  sources: ['Invitation letter of 1 February 2026'],
};

const tableSizes = (db: Db) =>
  rowCounts(db, { meetings, documents: meetingDocuments, actionItems, audit: auditEntries });

describe.each(engines)('calendar verbs on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the ISU adds a meeting with its documents, in one audited write', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await createMeeting(ctxFor(db, isu), workshop);
    const m = await findMeeting(db, 'WS-2026-03');
    expect(m).toMatchObject({
      kind: 'workshop',
      venue: 'Beirut',
      presidingState: null,
      hosts: [
        { iso3: 'LBN', name: 'Lebanon' },
        { iso3: null, name: 'GICHD' },
      ],
      agenda: ['Opening', 'Survey methods'],
      documents: [{ symbol: null, title: 'Concept note', href: 'https://example.org/note.pdf' }],
      reportingWindow: null,
      participantsTotal: null,
    });
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.subjectId, 'WS-2026-03'));
    expect(audit.map((a) => [a.verb, a.actorId])).toEqual([['calendar.createMeeting', isu.id]]);
    await expect(createMeeting(ctxFor(db, isu), workshop)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a focal point, a partner, a Coordinator and the public, and changes nothing', async () => {
    const { db } = database();
    const before = await tableSizes(db);
    const actors = await nonIsuUsers(db);
    const afterUsers = await tableSizes(db);
    await expectRefusedTo(db, actors, (ctx) => createMeeting(ctx, workshop), 'createMeeting');
    await expectRefusedTo(db, actors, (ctx) => updateMeeting(ctx, workshop), 'updateMeeting');
    await expectRefusedTo(
      db,
      actors,
      (ctx) => addActionItem(ctx, { meetingCode: '11MSP', what: 'x', ownerKind: 'isu', status: 'open' }),
      'addActionItem',
    );
    await expectRefusedTo(
      db,
      actors,
      (ctx) => updateActionItem(ctx, { id: 1, what: 'x', ownerKind: 'isu', status: 'done' }),
      'updateActionItem',
    );
    expect({ ...(await tableSizes(db)), audit: 0 }).toEqual({ ...afterUsers, audit: 0 });
    expect((await tableSizes(db)).meetings).toBe(before.meetings);
  });

  it('refuses impossible dates, an unknown State and a meeting without a source, naming the field', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const fieldsOf = async (input: Record<string, unknown>) => {
      try {
        await createMeeting(ctx, { ...workshop, ...input });
      } catch (err) {
        if (err instanceof ValidationError) return Object.keys(err.fieldErrors).sort();
        throw err;
      }
      return [];
    };
    expect(await fieldsOf({ endsOn: '2026-03-09' })).toEqual(['endsOn']);
    expect(await fieldsOf({ startsOn: '2026-02-30' })).toEqual(['startsOn']);
    expect(await fieldsOf({ reportingFrom: '2025-07-01', reportingTo: '2026-02-28' })).toEqual([
      'reportingFrom',
    ]);
    expect(await fieldsOf({ presidingStateIso3: 'XXX' })).toEqual(['presidingStateIso3']);
    expect(await fieldsOf({ sources: [] })).toEqual(['sources']);
    expect(await fieldsOf({ code: 'action-items' })).toEqual(['code']);
    expect(
      await fieldsOf({
        kind: 'msp',
        reportingFrom: '2025-07-01',
        reportingTo: '2026-06-30',
        censusDate: '2026-06-30',
      }),
    ).toEqual(['reportingTo']);
    expect(await findMeeting(db, 'WS-2026-03')).toBeUndefined();
  });

  it('edits a meeting, keeping the old values in the audit trail', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await createMeeting(ctxFor(db, isu), workshop);
    await updateMeeting(ctxFor(db, isu), {
      ...workshop,
      venue: 'Beirut, Grand Serail',
      documents: [],
    });
    const m = await findMeeting(db, 'WS-2026-03');
    expect(m?.venue).toBe('Beirut, Grand Serail');
    expect(m?.documents).toEqual([]);
    const [entry] = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'calendar.updateMeeting'));
    expect(entry?.before).toMatchObject({ venue: 'Beirut', documents: [{ title: 'Concept note' }] });
    await expect(updateMeeting(ctxFor(db, isu), { ...workshop, code: 'NOPE' })).rejects.toBeInstanceOf(
      MeetingNotFoundError,
    );
  });

  it('records action items with their owner and States, and lists the open ones across meetings', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await createMeeting(ctxFor(db, isu), workshop);
    const ctx = ctxFor(db, isu);
    const { id } = await addActionItem(ctx, {
      meetingCode: 'WS-2026-03',
      what: 'Share the survey plan with donors',
      ownerKind: 'state',
      owner: 'lbn',
      dueOn: '2026-06',
      status: 'open',
      states: ['LBN'],
    });
    await expect(
      addActionItem(ctx, {
        meetingCode: 'WS-2026-03',
        what: 'x',
        ownerKind: 'state',
        owner: 'XXX',
        status: 'open',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      addActionItem(ctx, { meetingCode: 'WS-2026-03', what: 'x', ownerKind: 'organisation', status: 'open' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      addActionItem(ctx, {
        meetingCode: 'WS-2026-03',
        what: 'x',
        ownerKind: 'isu',
        status: 'open',
        dueOn: '2026-13',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    let open = await listOpenActionItems(db);
    expect(open.map((a) => [a.what, a.ownerName, a.dueOn, a.states.map((s) => s.iso3)])).toEqual([
      ['Share the survey plan with donors', 'Lebanon', '2026-06', ['LBN']],
    ]);
    await updateActionItem(ctx, {
      id,
      what: 'Share the survey plan with donors',
      ownerKind: 'state',
      owner: 'LBN',
      dueOn: '2026-06',
      status: 'done',
      states: ['LBN', 'DEU'],
    });
    open = await listOpenActionItems(db);
    expect(open).toEqual([]);
    const m = await findMeeting(db, 'WS-2026-03');
    expect(m?.actionItems[0]?.states.map((s) => s.iso3)).toEqual(['DEU', 'LBN']);
    expect(m?.openActionItems).toBe(0);
  });

  it('records a statement by a State or an organisation, never both or neither; only the ISU', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    await createMeeting(ctxFor(db, isu), workshop);
    const said = {
      meetingCode: 'WS-2026-03',
      topic: 'clearance',
      summary: 'Survey under way',
      tags: ['on_track'],
    };
    await expect(addStatement(ctxFor(db, partner), { ...said, stateIso3: 'LBN' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    for (const speaker of [{}, { stateIso3: 'LBN', organisation: 'NPA' }, { stateIso3: 'XXA' }])
      await expect(addStatement(ctxFor(db, isu), { ...said, ...speaker })).rejects.toBeInstanceOf(
        ValidationError,
      );
    await addStatement(ctxFor(db, isu), { ...said, stateIso3: 'lbn' });
    await addStatement(ctxFor(db, isu), { ...said, organisation: "Norwegian People's Aid", tags: [] });
    const m = await findMeeting(db, 'WS-2026-03');
    expect(m?.statements.map((st) => [st.state?.name ?? st.organisation, st.tags])).toEqual([
      ['Lebanon', ['on_track']],
      ["Norwegian People's Aid", []],
    ]);
  });

  it('loads the sourced meetings once, with seed 003 follow-ups as action items of unknown status', async () => {
    const { db } = database();
    const first = await seedCalendar(db);
    const again = await seedCalendar(db);
    expect(again).toEqual({
      meetingsAdded: 0,
      actionItemsAdded: 0,
      statementsAdded: 0,
      officeHoldersAdded: 0,
    });
    expect(first).toEqual({
      meetingsAdded: 13,
      actionItemsAdded: 3,
      statementsAdded: 6,
      officeHoldersAdded: 14,
    });
    const list = await listMeetings(db);
    expect(list.map((m) => m.code)).toEqual([
      '13MSP',
      '12MSP',
      '11MSP',
      'IWG-UNIV-2023-06-19',
      'UNIV-2023-03-19',
      'UNIV-2023-03-02',
      '10MSP',
      '2RC',
      '9MSP',
      'ICA-2018-06-08',
      'ICA-2017-12-20',
      'ICA-2017-11-24',
      'UNIV-2023-02-YAOUNDE',
    ]);
    const msp11 = await findMeeting(db, '11MSP');
    expect(msp11).toMatchObject({
      startsOn: '2023-09-11',
      endsOn: '2023-09-14',
      presidingState: { iso3: 'IRQ', name: 'Iraq' },
      reportingWindow: { from: '2022-07-01', to: '2023-06-30', censusDate: '2023-06-30' },
    });
    const june = await findMeeting(db, 'ICA-2018-06-08');
    expect(june).toMatchObject({ participantsTotal: 16, participantsApproximate: true, venue: null });
    expect(june?.keyPoints).toHaveLength(5);
    expect(june?.actionItems.map((a) => a.status)).toEqual(['not_known', 'not_known', 'not_known']);
    expect(june?.actionItems[2]?.states).toEqual([{ iso3: 'TCD', name: 'Chad' }]);
    expect((await listOpenActionItems(db)).length).toBe(3);
    expect(june?.statements.map((s) => [s.state?.iso3 ?? s.organisation, s.topic, s.tags])).toEqual([
      ['Implementation Support Unit', 'cooperation_assistance', []],
      ['Implementation Support Unit', 'transparency', []],
      ['LBN', 'cooperation_assistance', ['shared_experience']],
      ['BWA', 'stockpile_destruction', ['shared_experience', 'on_track']],
      ['TCD', 'clearance', ['requested_assistance']],
    ]);
  });
});
