import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo } from '../../../test/refusals.js';
import { ForbiddenError, type ValidationError } from '../../kernel/errors.js';
import { addActionItem } from './add-action-item.js';
import { createMeeting } from './create-meeting.js';
import { ActionItemNotFoundError } from './errors.js';
import { findMeeting, listActionItemRecords, listOpenActionItems } from './queries.js';
import { recordActionItem } from './record-action-item.js';
import { actionItems } from './schema.js';
import { setActionItemStatus } from './set-action-item-status.js';
import { updateActionItem } from './update-action-item.js';

const item = {
  what: 'Share the costed plan',
  ownerKind: 'state',
  owner: 'lbn',
  dueOn: '2027-03',
  status: 'open',
  area: 'clearance_risk_reduction',
  states: ['LBN'],
};

describe.each(engines)('action items beyond a meeting’s record on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the ISU and a Coordinator record one with or without a meeting; who recorded it is kept', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    await createMeeting(ctxFor(db, isu), { code: 'WS-1', kind: 'workshop', title: 'W', sources: ['s'] });
    const { id: loose } = await recordActionItem(ctxFor(db, coordinator), {
      ...item,
      ownerUserId: coordinator.id,
    });
    const { id: ofMeeting } = await recordActionItem(ctxFor(db, isu), { ...item, meetingCode: 'WS-1' });
    const records = await listActionItemRecords(db, 'all');
    expect(records.map((r) => [r.id, r.meeting?.code ?? null, r.recordedBy, r.owner, r.area])).toEqual([
      [loose, null, coordinator.id, 'LBN', 'clearance_risk_reduction'],
      [ofMeeting, 'WS-1', isu.id, 'LBN', 'clearance_risk_reduction'],
    ]);
    expect((await listActionItemRecords(db, { userId: coordinator.id! })).map((r) => r.id)).toEqual([loose]);
    expect((await listActionItemRecords(db, { areas: ['universalization'] })).map((r) => r.id)).toEqual([]);
    expect(await listActionItemRecords(db, {})).toEqual([]);
    // The meeting's pages see only the meeting's own item.
    expect((await findMeeting(db, 'WS-1'))?.actionItems.map((a) => a.id)).toEqual([ofMeeting]);
    expect((await listOpenActionItems(db)).map((a) => a.id)).toEqual([ofMeeting]);
    expect(
      (
        (await rejection(
          recordActionItem(ctxFor(db, isu), { ...item, meetingCode: 'NOPE' }),
        )) as ValidationError
      ).fieldErrors,
    ).toEqual({ meetingCode: ['calendar:errors.meetingNotKnown'] });
  });

  it('a Coordinator moves an item’s status with a note; correcting the item stays the ISU’s', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    await createMeeting(ctxFor(db, isu), { code: 'WS-1', kind: 'workshop', title: 'W', sources: ['s'] });
    const { id } = await addActionItem(ctxFor(db, isu), { ...item, meetingCode: 'WS-1', note: 'first' });
    await setActionItemStatus(ctxFor(db, coordinator), { id, status: 'done', note: '' });
    let [row] = await db.select().from(actionItems).where(eq(actionItems.id, id));
    expect([row?.status, row?.note, row?.area]).toEqual(['done', 'first', 'clearance_risk_reduction']);
    await setActionItemStatus(ctxFor(db, coordinator), { id, status: 'open', note: 'reopened' });
    [row] = await db.select().from(actionItems).where(eq(actionItems.id, id));
    expect([row?.status, row?.note]).toEqual(['open', 'reopened']);
    expect(
      await rejection(setActionItemStatus(ctxFor(db, isu), { id: 9999, status: 'done' })),
    ).toBeInstanceOf(ActionItemNotFoundError);
    expect(
      await rejection(updateActionItem(ctxFor(db, coordinator), { ...item, id, status: 'done' })),
    ).toBeInstanceOf(ForbiddenError);
    // The ISU's correction from the meeting's form keeps the person named and the recorder.
    await updateActionItem(ctxFor(db, isu), { ...item, id, status: 'dropped', area: null });
    [row] = await db.select().from(actionItems).where(eq(actionItems.id, id));
    expect([row?.status, row?.area, row?.recordedBy]).toEqual(['dropped', null, isu.id]);
  });

  it('refuses focal points (of the State concerned or another), partners and the public', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const { id } = await recordActionItem(ctxFor(db, isu), item);
    const actors = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      await makeUser(db, { role: 'partner', organisation: 'NPA' }),
    ];
    await expectRefusedTo(db, actors, (ctx) => recordActionItem(ctx, item), 'recordActionItem');
    await expectRefusedTo(
      db,
      actors,
      (ctx) => setActionItemStatus(ctx, { id, status: 'done' }),
      'setActionItemStatus',
    );
    const [row] = await db.select().from(actionItems).where(eq(actionItems.id, id));
    expect(row?.status).toBe('open');
  });
});
