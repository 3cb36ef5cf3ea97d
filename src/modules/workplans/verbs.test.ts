import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo } from '../../../test/refusals.js';
import { rowCounts } from '../../../test/row-counts.js';
import type { Db } from '../../db/client.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ValidationError } from '../../kernel/errors.js';
import { listActionItemsByIds, listOpenActionItems, seedCalendar } from '../calendar/index.js';
import { addActivity } from './add-activity.js';
import { createWorkPlan } from './create-work-plan.js';
import { getWorkPlan } from './queries.js';
import { workPlanActivities, workPlans } from './schema.js';
import { updateActivity } from './update-activity.js';
import { updateWorkPlan } from './update-work-plan.js';

const plan = {
  area: 'victim_assistance',
  title: 'Victim assistance work plan 2024–2025',
  cycle: '2024–2025',
  fromMeeting: '12MSP',
  toMeeting: '13MSP',
  background: 'Why the plan exists.',
  objectives: [{ text: 'Hold a workshop', source: null }],
  expectedOutputs: [{ text: 'One workshop held', source: null }],
  implementers: [{ text: 'Coordinators Chile and Iraq', source: null }],
  partners: [{ text: 'Civil society', source: null }],
  budgetAmount: 12000,
  budgetCurrency: 'eur',
  budgetNote: null,
  source: null,
};

const activity = {
  title: 'Workshop on victim assistance',
  status: 'planned',
  quarters: ['2025-Q1', '2024-Q4', '2024-Q4'],
  meetingCodes: ['13MSP'],
  documents: [{ symbol: 'CCM/MSP/2025/WP.1', title: 'Concept note', href: 'https://example.org/wp1.pdf' }],
};

async function outsiders(db: Db) {
  return [
    await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    await makeUser(db, { role: 'partner', organisation: 'NPA' }),
  ];
}

const sizes = (db: Db) => rowCounts(db, { plans: workPlans, activities: workPlanActivities });

describe.each(engines)('work plan verbs on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lets the ISU and a Coordinator create and update a plan, with audit entries', async () => {
    const { db } = database();
    await seedCalendar(db);
    const isu = await makeUser(db, { role: 'isu' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const { id } = await createWorkPlan(ctxFor(db, isu), plan);
    const created = await getWorkPlan(db, id);
    expect(created).toMatchObject({
      area: 'victim_assistance',
      cycle: '2024–2025',
      budget: { amount: 12000, currency: 'EUR', note: null },
      objectives: [{ text: 'Hold a workshop', source: null }],
    });
    await updateWorkPlan(ctxFor(db, coordinator), {
      ...plan,
      id,
      budgetAmount: null,
      budgetCurrency: null,
      budgetNote: 'Limited costs',
    });
    expect((await getWorkPlan(db, id)).budget).toEqual({
      amount: null,
      currency: null,
      note: 'Limited costs',
    });
    const audits = await db
      .select({ verb: auditEntries.verb })
      .from(auditEntries)
      .where(eq(auditEntries.subjectType, 'work_plan'));
    expect(audits.map((a) => a.verb).sort()).toEqual([
      'workplans.createWorkPlan',
      'workplans.updateWorkPlan',
    ]);
  });

  it('refuses an amount without a currency, an unknown area, and a missing plan', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fieldsOf = async (input: unknown) => {
      const err = await createWorkPlan(ctxFor(db, isu), input).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      return Object.keys((err as ValidationError).fieldErrors).sort();
    };
    expect(await fieldsOf({ ...plan, budgetCurrency: null })).toEqual(['budgetCurrency']);
    expect(await fieldsOf({ ...plan, budgetAmount: null })).toEqual(['budgetAmount']);
    expect(await fieldsOf({ ...plan, area: 'chess', budgetAmount: -5 })).toEqual(['area', 'budgetAmount']);
    await expect(updateWorkPlan(ctxFor(db, isu), { ...plan, id: 9999 })).rejects.toMatchObject({
      code: 'WORKPLANS.NOT_FOUND',
    });
    expect(await sizes(db)).toEqual({ plans: 0, activities: 0 });
  });

  it('refuses focal points, partners and the public every write, and changes nothing', async () => {
    const { db } = database();
    await seedCalendar(db);
    const isu = await makeUser(db, { role: 'isu' });
    const { id } = await createWorkPlan(ctxFor(db, isu), plan);
    const { id: activityId } = await addActivity(ctxFor(db, isu), { ...activity, workPlanId: id });
    const before = await sizes(db);
    const writes = [
      (ctx: ReturnType<typeof ctxFor>) => createWorkPlan(ctx, plan),
      (ctx: ReturnType<typeof ctxFor>) => updateWorkPlan(ctx, { ...plan, id, title: 'Taken over' }),
      (ctx: ReturnType<typeof ctxFor>) => addActivity(ctx, { ...activity, workPlanId: id }),
      (ctx: ReturnType<typeof ctxFor>) =>
        updateActivity(ctx, { ...activity, id: activityId, status: 'done' }),
    ];
    for (const write of writes) await expectRefusedTo(db, await outsiders(db), write);
    expect(await sizes(db)).toEqual(before);
    const after = await getWorkPlan(db, id);
    expect(after.title).toBe(plan.title);
    expect(after.activities[0]!.status).toBe('planned');
  });

  it('adds activities in order with sorted quarters and links to the calendar, and updates status and links', async () => {
    const { db } = database();
    await seedCalendar(db);
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const ctx = ctxFor(db, coordinator);
    const { id } = await createWorkPlan(ctx, plan);
    const first = await addActivity(ctx, { ...activity, workPlanId: id });
    const second = await addActivity(ctx, {
      title: 'Follow-up letters',
      status: 'not_known',
      workPlanId: id,
    });
    const [item] = await listOpenActionItems(db);
    await updateActivity(ctx, {
      ...activity,
      id: first.id,
      status: 'done',
      statusNote: 'Held on 3 February 2025',
      meetingCodes: ['13MSP', 'ICA-2018-06-08'],
      actionItemIds: [item!.id],
    });
    const view = await getWorkPlan(db, id);
    expect(view.activities.map((a) => [a.id, a.position])).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);
    expect(view.activities[0]).toMatchObject({
      status: 'done',
      statusNote: 'Held on 3 February 2025',
      quarters: ['2024-Q4', '2025-Q1'],
      meetings: [{ code: '13MSP' }, { code: 'ICA-2018-06-08', startsOn: '2018-06-08' }],
      documents: [{ symbol: 'CCM/MSP/2025/WP.1', title: 'Concept note' }],
    });
    expect(view.activities[0]!.actionItems.map((a) => a.id)).toEqual([item!.id]);
    expect(view.activities[1]).toMatchObject({ quarters: [], status: 'not_known', meetings: [] });
    expect(view.byStatus).toMatchObject({ done: 1, not_known: 1, planned: 0 });
  });

  it('refuses links to meetings and action items the calendar does not hold, and bad quarters', async () => {
    const { db } = database();
    await seedCalendar(db);
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const { id } = await createWorkPlan(ctx, plan);
    expect(await listActionItemsByIds(db, [99999])).toEqual([]);
    const err = await addActivity(ctx, {
      ...activity,
      workPlanId: id,
      meetingCodes: ['99MSP'],
      actionItemIds: [99999],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors).sort()).toEqual([
      'actionItemIds',
      'meetingCodes',
    ]);
    const bad = await addActivity(ctx, { ...activity, workPlanId: id, quarters: ['2023-Q5'] }).catch(
      (e) => e,
    );
    expect(Object.keys((bad as ValidationError).fieldErrors)).toEqual(['quarters.0']);
    await expect(addActivity(ctx, { ...activity, workPlanId: 9999 })).rejects.toMatchObject({
      code: 'WORKPLANS.NOT_FOUND',
    });
    await expect(updateActivity(ctx, { ...activity, id: 9999 })).rejects.toMatchObject({
      code: 'WORKPLANS.ACTIVITY_NOT_FOUND',
    });
    expect((await sizes(db)).activities).toBe(0);
  });
});
