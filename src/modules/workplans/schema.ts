import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, serialId } from '../../kernel/columns.js';
import { jsonList } from '../../kernel/schema-columns.js';
import { type ActivityDocument, activityStatuses, type SourcedLine } from './vocabulary.js';

/**
 * A thematic area's work plan for one cycle (one MSP to the next). A field no source gives stays
 * null and is shown as not known; the budget's amount is null unless a figure is given.
 */
export const workPlans = pgTable(
  'work_plans',
  {
    id: serialId(),
    /** One of the calendar's office areas (checked by the verbs; a schema reaches no module's vocabulary). */
    area: text('area').notNull(),
    title: text('title').notNull(),
    /** The cycle as the plan names it ("2022–2023"). */
    cycle: text('cycle').notNull(),
    /** A meeting's code or a date; null when the plan does not say. */
    fromMeeting: text('from_meeting'),
    toMeeting: text('to_meeting'),
    background: text('background'),
    objectives: jsonList<SourcedLine>('objectives').default([]),
    expectedOutputs: jsonList<SourcedLine>('expected_outputs').default([]),
    implementers: jsonList<SourcedLine>('implementers').default([]),
    partners: jsonList<SourcedLine>('partners').default([]),
    budgetAmount: doublePrecision('budget_amount'),
    budgetCurrency: text('budget_currency'),
    budgetNote: text('budget_note'),
    source: text('source'),
    referenceKey: text('reference_key').unique(),
    ...createdUpdated(),
  },
  (t) => [
    check(
      'work_plans_budget_currency',
      sql`${t.budgetCurrency} is null or ${t.budgetCurrency} ~ '^[A-Z]{3}$'`,
    ),
    check('work_plans_budget_amount', sql`${t.budgetAmount} is null or ${t.budgetAmount} >= 0`),
  ],
);

/** What a work plan will do: its quarters on the timeline, its status and what carries it out. */
export const workPlanActivities = pgTable(
  'work_plan_activities',
  {
    id: serialId(),
    workPlanId: belongsTo('work_plan_id', () => workPlans.id),
    /** Place in the plan, lower first. */
    position: integer('position').notNull(),
    /** The plan's own label ("3(a)"), when it has one. */
    label: text('label'),
    title: text('title').notNull(),
    description: text('description'),
    status: text('status', { enum: activityStatuses }).notNull(),
    /** What the status rests on (a report's §, a meeting); null when a person set it. */
    statusNote: text('status_note'),
    quarters: jsonList('quarters').default([]),
    /** When the plan gives it in words ("6 November 2017", "2018 (dates tbc)"). */
    timing: text('timing'),
    implementers: text('implementers'),
    meetingCodes: jsonList('meeting_codes').default([]),
    documents: jsonList<ActivityDocument>('documents').default([]),
    actionItemIds: jsonList<number>('action_item_ids').default([]),
    source: text('source'),
    referenceKey: text('reference_key').unique(),
    ...createdUpdated(),
  },
  (t) => [index('work_plan_activities_plan_idx').on(t.workPlanId, t.position)],
);
