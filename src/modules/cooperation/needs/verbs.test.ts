import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser, rejection, TEST_NOW } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { statePeople } from '../../../../test/people.js';
import { expectRefusedTo } from '../../../../test/refusals.js';
import type { Db } from '../../../db/client.js';
import { type Actor, anonymous } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { createContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { addNeed } from './add-need.js';
import { ensureDemoNeeds } from './demo.js';
import { DuplicateNeedError } from './inputs.js';
import { getNeed, listNeeds } from './queries.js';
import { reconfirmNeed } from './reconfirm-need.js';
import { setNeedConsent } from './set-need-consent.js';
import { setNeedStatus } from './set-need-status.js';
import { at, needForm as need, needRows, needsSnapshot } from './testing.js';
import { updateNeed } from './update-need.js';
import { withdrawNeed } from './withdraw-need.js';

async function people(db: Db) {
  return {
    isu: await makeUser(db, { role: 'isu' }),
    ...(await statePeople(db)),
    donor: await makeUser(db, { role: 'partner', stateIso3: 'NOR' }),
  };
}

describe.each(engines)('need verbs on %s', (engine) => {
  const database = useFreshDatabase(engine);
  const ctx = (db: Db, actor: Actor) => createContext(db, actor, { now: TEST_NOW });

  it('adds, updates, reconfirms, sets status and consent, withdraws — each audited', async () => {
    const { db } = database();
    const { fpLbn, isu } = await people(db);
    const { id } = await addNeed(at(db, fpLbn, '2026-01-10'), need);
    let view = await getNeed(db, id, '2026-01-10');
    expect(view).toMatchObject({
      origin: 'direct',
      stateIso3: 'LBN',
      estimatedCost: 1_000_000,
      nationalContribution: null,
      planReference: null,
      status: 'open',
      isPublic: false,
      lastConfirmedOn: '2026-01-10',
      lapsesOn: '2027-01-11',
      source: null,
    });
    expect(view.evidence.missing).toEqual(['plan', 'nationalContribution']);

    // The same need again (other case and spacing): refused at the description, naming the first.
    const dup = await rejection(addNeed(ctx(db, isu), { ...need, description: ' clearance  IN the south' }));
    expect(dup).toBeInstanceOf(DuplicateNeedError);
    expect((dup as DuplicateNeedError).existingId).toBe(id);
    expect((dup as ValidationError).fieldErrors).toEqual({ description: ['needs:errors.duplicate'] });

    await updateNeed(at(db, isu, '2026-02-01'), {
      ...need,
      id,
      version: 0,
      planReference: 'National strategy',
      nationalContribution: '5000',
    });
    view = await getNeed(db, id, '2026-02-01');
    expect(view).toMatchObject({
      planReference: 'National strategy',
      nationalContribution: 5000,
      lastConfirmedOn: '2026-02-01',
    });
    expect(view.evidence.score).toBe(5);

    expect((await getNeed(db, id, '2027-02-02')).status).toBe('lapsed');
    await reconfirmNeed(at(db, fpLbn, '2027-02-02'), { id });
    expect((await getNeed(db, id, '2027-02-02')).status).toBe('open');

    await setNeedStatus(at(db, fpLbn, '2027-02-03'), { id, status: 'partly_met' });
    await setNeedConsent(at(db, fpLbn, '2027-02-03'), { id, isPublic: 'true' });
    expect(await getNeed(db, id, '2027-02-03')).toMatchObject({ status: 'partly_met', isPublic: true });
    await withdrawNeed(at(db, fpLbn, '2027-02-04'), { id, reason: 'funded' });
    expect((await getNeed(db, id, '2027-02-04')).status).toBe('withdrawn');
    const trail = await db
      .select({ verb: auditEntries.verb })
      .from(auditEntries)
      .where(eq(auditEntries.subjectType, 'need'))
      .orderBy(asc(auditEntries.id));
    expect(trail.map((a) => a.verb)).toEqual([
      'cooperation.addNeed',
      'cooperation.updateNeed',
      'cooperation.reconfirmNeed',
      'cooperation.setNeedStatus',
      'cooperation.setNeedConsent',
      'cooperation.withdrawNeed',
    ]);
    // Unchanged twice: the second is not written and not audited.
    const before = await needsSnapshot(db);
    await withdrawNeed(at(db, fpLbn, '2027-02-05'), { id });
    expect(await needsSnapshot(db)).toEqual(before);
  });

  it('refuses a cost without currency and a bad amount, keeping nothing', async () => {
    const { db } = database();
    const { isu } = await people(db);
    const e = await rejection(addNeed(ctx(db, isu), { ...need, currency: '', estimatedCost: 'lots' }));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors).toMatchObject({ estimatedCost: ['needs:errors.amount'] });
    const e2 = await rejection(addNeed(ctx(db, isu), { ...need, currency: '' }));
    expect((e2 as ValidationError).fieldErrors).toEqual({ currency: ['needs:errors.currencyRequired'] });
    expect(await needRows(db)).toEqual([]);
  });

  it('refuses every verb to the focal point of another State, partners, a coordinator and the public', async () => {
    const { db } = database();
    const { isu, fpChl, partner, donor, coordinator } = await people(db);
    const { id } = await addNeed(ctx(db, isu), need);
    const verbs: Array<[string, (c: ReturnType<typeof ctx>) => Promise<unknown>]> = [
      ['addNeed', (c) => addNeed(c, { ...need, description: 'Another need' })],
      ['updateNeed', (c) => updateNeed(c, { ...need, id, version: 0, description: 'Changed' })],
      ['reconfirmNeed', (c) => reconfirmNeed(c, { id })],
      ['withdrawNeed', (c) => withdrawNeed(c, { id })],
      ['setNeedStatus', (c) => setNeedStatus(c, { id, status: 'met' })],
      ['setNeedConsent', (c) => setNeedConsent(c, { id, isPublic: 'true' })],
    ];
    const before = await needsSnapshot(db);
    for (const [name, call] of verbs)
      await expectRefusedTo(db, [fpChl, partner, donor, coordinator], call, name);
    expect(await needsSnapshot(db)).toEqual(before);
  });

  it('the demonstration is current, varied, marked, idempotent, with one lapsed need', async () => {
    const { db } = database();
    const { isu } = await people(db);
    expect((await ensureDemoNeeds(db, TEST_NOW)).needsAdded).toBe(6);
    expect((await ensureDemoNeeds(db, TEST_NOW)).needsAdded).toBe(0);
    const all = await listNeeds(db, { actor: isu, today: '2026-11-23' });
    expect(all.map((n) => n.stateIso3).sort()).toEqual(['BIH', 'CHL', 'IRQ', 'LAO', 'LBN', 'LBN']);
    expect(all.every((n) => n.description.startsWith('Demonstration data'))).toBe(true);
    expect(all.filter((n) => n.status === 'lapsed').map((n) => n.stateIso3)).toEqual(['IRQ']);
    expect(new Set(all.map((n) => n.evidence.score)).size).toBeGreaterThan(2);
    const publicList = await listNeeds(db, { actor: anonymous, today: '2026-11-23' });
    expect(publicList.map((n) => n.stateIso3).sort()).toEqual(['BIH', 'LAO', 'LBN', 'LBN']);
  });
});
