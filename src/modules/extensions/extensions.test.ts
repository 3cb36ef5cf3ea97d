import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser, rejection } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { statePeople } from '../../../test/people.js';
import { type Actor, anonymous } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { needs } from '../cooperation/schema.js';
import { getStateView } from '../states/index.js';
import { flagsOf, getRequestForActor, listRequestsFor } from './queries.js';
import { extensionRequestNeeds } from './schema.js';
import { setPlanRows } from './set-plan-rows.js';
import { startRequest } from './start-request.js';
import { submitRequest } from './submit-request.js';
import { EXT_NOW, lebanonScenario } from './testing.js';
import { updateRequest } from './update-request.js';
import { withdrawRequest } from './withdraw-request.js';

const later = (days: number) => new Date(EXT_NOW.getTime() + days * 86_400_000);

describe.each(engines)('extension requests on %s', (engine) => {
  const database = useFreshDatabase(engine);
  const ctx = (actor: Actor, now = EXT_NOW) => createContext(database().db, actor, { now });

  async function people() {
    const db = database().db;
    const { isu } = await lebanonScenario(db);
    const { fpLbn: lebanon, fpChl: chile, partner, coordinator } = await statePeople(db);
    return { isu, lebanon, chile, partner, coordinator };
  }

  const plan = [
    {
      year: 2026,
      milestone: 'Survey of the south',
      quantity: '400000',
      cost: '1000000',
      currency: 'USD',
      nationalFunding: '200000',
      externalFunding: '300000',
    },
    {
      year: 2027,
      milestone: 'Clearance of the south',
      quantity: '500000',
      cost: '800000',
      currency: 'USD',
      nationalFunding: '800000',
      externalFunding: '0',
    },
  ];

  it('starts a request pre-filled from the reports, each figure with its report, form and rows', async () => {
    const p = await people();
    const { id } = await startRequest(ctx(p.lebanon), { iso3: 'LBN', article: 4 });
    const r = await getRequestForActor(database().db, p.lebanon, id);
    expect(r).toMatchObject({
      status: 'draft',
      stateIso3: 'LBN',
      article: 4,
      areaRemaining: 1_300_000,
      areaCleared: 300_000,
    });
    expect(r.currentDeadline).toBe('2026-05-01');
    const remaining = r.sources.find((s) => s.field === 'areaRemaining');
    expect(remaining).toMatchObject({ reportYear: 2024, reportVersion: 1, form: 'F', basis: 'field' });
    const cleared = r.sources.find((s) => s.field === 'areaCleared');
    expect(cleared).toMatchObject({
      reportYear: 2024,
      form: 'F',
      rows: '1',
      basis: 'sum of 2022, 2023, 2024',
    });
    // The earliest annual report is no figure of entry into force: said so, and nothing is derived from it.
    expect(r.sources.find((s) => s.field === 'areaAtEntryIntoForce')?.basis).toBe('field, earliest report');
    expect(r.areaFoundSince).toBeNull();
    expect(r.annualRate).toBe(100_000);
    // One request at a time per article.
    const again = await rejection(startRequest(ctx(p.isu), { iso3: 'LBN', article: 4 }));
    expect((again as ValidationError).fieldErrors).toEqual({ article: ['extensions:errors.exists'] });
    // No open obligation: refused at the article.
    const none = await rejection(startRequest(ctx(p.isu), { iso3: 'LBN', article: 3 }));
    expect((none as ValidationError).fieldErrors).toEqual({ article: ['extensions:errors.notOpen'] });
  });

  it('refuses a duration over the cap per request, at the field; computes the requested deadline', async () => {
    const p = await people();
    const { id } = await startRequest(ctx(p.isu), { iso3: 'LBN', article: 4 });
    const over = await rejection(updateRequest(ctx(p.lebanon), { id, version: 0, durationYears: '6' }));
    expect(over).toBeInstanceOf(ValidationError);
    expect((over as ValidationError).fieldErrors).toEqual({
      durationYears: ['extensions:errors.durationCap4'],
    });
    await updateRequest(ctx(p.lebanon), {
      id,
      version: 0,
      durationYears: '5',
      reasons: 'Contamination found in 2023',
    });
    const r = await getRequestForActor(database().db, p.lebanon, id);
    expect(r).toMatchObject({
      durationYears: 5,
      requestedDeadline: '2031-05-01',
      reasons: 'Contamination found in 2023',
    });
    // The slow pace needs twelve years beyond the deadline: five is not more than strictly necessary.
    expect((await flagsOf(database().db, r, '2025-01-15')).strictlyNecessary).toBeNull();
    // A save from an older version is refused.
    expect(
      await rejection(updateRequest(ctx(p.lebanon), { id, version: 0, durationYears: '4' })),
    ).toMatchObject({
      code: 'RECORD.STALE',
    });
  });

  it('submits: records the registry fact for the next MSP with its timeliness, and the funding gaps become linked needs', async () => {
    const p = await people();
    const db = database().db;
    const { id } = await startRequest(ctx(p.lebanon), { iso3: 'LBN', article: 4 });
    await updateRequest(ctx(p.lebanon), { id, version: 0, durationYears: '5' });
    await setPlanRows(ctx(p.lebanon), { id, version: 1, rows: plan });
    // A draft's plan makes no need.
    expect(await db.select().from(extensionRequestNeeds)).toEqual([]);
    const refused = await rejection(submitRequest(ctx(p.lebanon), { id, version: 1 }));
    expect(refused).toMatchObject({ code: 'RECORD.STALE' });
    const out = await submitRequest(ctx(p.lebanon), {
      id,
      version: 2,
      note: 'Late: the survey ended in January.',
    });
    expect(out.timeliness).toMatchObject({
      meeting: { code: '13MSP' },
      submitBy: '2024-12-16',
      timely: false,
    });
    const r = await getRequestForActor(db, anonymous, id);
    expect(r).toMatchObject({
      status: 'submitted',
      submittedOn: '2025-01-15',
      meetingCode: '13MSP',
      obligationEventId: out.eventId,
    });
    const state = await getStateView(db, 'LBN', '2025-01-15');
    const fact = state.obligations.find((o) => o.article === 4)?.events.find((e) => e.id === out.eventId);
    expect(fact).toMatchObject({
      kind: 'extension_requested',
      meeting: '13MSP',
      requestedDeadline: '2031-05-01',
    });
    // 2026: 1,000,000 − 200,000 − 300,000 = 500,000 USD missing; 2027 is covered.
    expect(r.needLinks).toEqual([{ year: 2026, currency: 'USD', needId: expect.any(Number) }]);
    const [need] = await db.select().from(needs).where(eq(needs.id, r.needLinks[0]!.needId));
    expect(need).toMatchObject({
      stateIso3: 'LBN',
      area: 'art4',
      estimatedCost: 500_000,
      currency: 'USD',
      lastConfirmedOn: '2025-01-15',
    });
    // While the request stands, a new plan updates the same need and reconfirms it.
    await setPlanRows(ctx(p.isu, later(40)), {
      id,
      version: 3,
      rows: [{ ...plan[0]!, externalFunding: '100000' }],
    });
    const [again] = await db.select().from(needs).where(eq(needs.id, r.needLinks[0]!.needId));
    expect(again).toMatchObject({ estimatedCost: 700_000, lastConfirmedOn: '2025-02-24' });
    expect(await db.select().from(extensionRequestNeeds)).toHaveLength(1);
    // Submitted once: not again.
    expect(await rejection(submitRequest(ctx(p.lebanon), { id, version: 4 }))).toMatchObject({
      code: 'EXTENSIONS.NOT_DRAFT',
    });
  });

  it('flags a duration longer than the projection needs, with its basis', async () => {
    const db = database().db;
    await lebanonScenario(db, 'fast');
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const { id } = await startRequest(ctx(fp), { iso3: 'LBN', article: 4 });
    await updateRequest(ctx(fp), { id, version: 0, durationYears: '2' });
    const r = await getRequestForActor(db, fp, id);
    const { strictlyNecessary } = await flagsOf(db, r, '2025-01-15');
    expect(strictlyNecessary).toMatchObject({
      requested: 2,
      needed: 0,
      basis: { rateMean: 200_000, remaining: 200_000, remainingYear: 2024 },
    });
  });

  it('withdraws: kept as it was, nothing more written to it', async () => {
    const p = await people();
    const { id } = await startRequest(ctx(p.lebanon), { iso3: 'LBN', article: 4 });
    await withdrawRequest(ctx(p.lebanon), { id, version: 0, reason: 'Will complete in time' });
    const r = await getRequestForActor(database().db, p.isu, id);
    expect(r).toMatchObject({ status: 'withdrawn', withdrawnOn: '2025-01-15' });
    expect(await rejection(updateRequest(ctx(p.lebanon), { id, version: 1, reasons: 'x' }))).toMatchObject({
      code: 'EXTENSIONS.WITHDRAWN',
    });
    // Another can be started now.
    await startRequest(ctx(p.lebanon), { iso3: 'LBN', article: 4 });
  });

  it('refuses every verb to another State’s focal point, a partner, a Coordinator and anonymous', async () => {
    const p = await people();
    const { id } = await startRequest(ctx(p.isu), { iso3: 'LBN', article: 4 });
    const verbs = [
      (a: Actor) => startRequest(ctx(a), { iso3: 'LBN', article: 4 }),
      (a: Actor) => updateRequest(ctx(a), { id, version: 0, reasons: 'x' }),
      (a: Actor) => setPlanRows(ctx(a), { id, version: 0, rows: plan }),
      (a: Actor) => submitRequest(ctx(a), { id, version: 0 }),
      (a: Actor) => withdrawRequest(ctx(a), { id, version: 0 }),
    ];
    for (const verb of verbs) {
      for (const who of [p.chile, p.partner, p.coordinator])
        expect(await rejection(verb(who))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(verb(anonymous))).toBeInstanceOf(UnauthenticatedError);
    }
    expect((await getRequestForActor(database().db, p.isu, id)).version).toBe(0);
  });

  it('lets nobody outside the State, the ISU and the Coordinators read a draft', async () => {
    const p = await people();
    const db = database().db;
    const { id } = await startRequest(ctx(p.lebanon), { iso3: 'LBN', article: 4 });
    for (const who of [p.lebanon, p.isu, p.coordinator]) {
      expect((await getRequestForActor(db, who, id)).id).toBe(id);
      expect((await listRequestsFor(db, who)).map((r) => r.id)).toEqual([id]);
    }
    for (const who of [p.chile, p.partner, anonymous]) {
      expect(await rejection(getRequestForActor(db, who, id))).toBeInstanceOf(NotFoundError);
      expect(await listRequestsFor(db, who)).toEqual([]);
    }
  });
});
