import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import { actionItemStatuses, officeAreas } from '../calendar/index.js';
import {
  activityStatuses,
  getWorkPlan,
  listWorkPlans,
  type WorkPlanSummary,
  type WorkPlanView,
} from '../workplans/index.js';
import { invalidPage, json, problemResponse, readOperation } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { fieldsNamedBy } from './present.js';

/*
 * The thematic Coordinators' work plans in the JSON API: public reads, as the plans themselves are
 * public documents of the Convention (decision 024). A field no source gives is null, never guessed.
 */

export const WorkPlanIdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .openapi({ param: { name: 'id', in: 'path', description: 'The work plan’s number.' }, example: 1 }),
});

const SourcedLine = z.object({
  text: z.string(),
  source: z
    .string()
    .nullable()
    .openapi({ description: 'The seed § or document; null when a person typed it.' }),
});

const byStatus = z.object(
  Object.fromEntries(activityStatuses.map((s) => [s, z.number().int()])) as {
    [K in (typeof activityStatuses)[number]]: z.ZodNumber;
  },
);

const WorkPlanSummarySchema = z
  .object({
    id: z.number().int(),
    area: z.enum(officeAreas),
    title: z.string(),
    cycle: z.string().openapi({ example: '2022–2023' }),
    fromMeeting: z
      .string()
      .nullable()
      .openapi({ description: 'A meeting’s code or a date; null when not known.' }),
    toMeeting: z.string().nullable().openapi({ example: '11MSP' }),
    source: z.string().nullable(),
    activities: z.number().int(),
    byStatus,
    href: z.string(),
  })
  .openapi('WorkPlanSummary');

export const WorkPlanList = z
  .object({ ...PageFields, workPlans: z.array(WorkPlanSummarySchema) })
  .openapi('WorkPlanList');

export const WorkPlanDetail = WorkPlanSummarySchema.extend({
  background: z.string().nullable(),
  objectives: z.array(SourcedLine),
  expectedOutputs: z.array(SourcedLine),
  implementers: z.array(SourcedLine),
  partners: z.array(SourcedLine),
  budget: z.object({
    amount: z.number().nullable().openapi({ description: 'Null when the plan gives no figure.' }),
    currency: z.string().nullable(),
    note: z.string().nullable().openapi({ description: 'The budget in the plan’s words.' }),
  }),
  activityList: z.array(
    z.object({
      id: z.number().int(),
      label: z.string().nullable(),
      title: z.string(),
      description: z.string().nullable(),
      status: z.enum(activityStatuses).openapi({ description: '`not_known`: no source says.' }),
      statusNote: z.string().nullable(),
      quarters: z.array(z.string()).openapi({ example: ['2022-Q4'] }),
      timing: z.string().nullable(),
      implementers: z.string().nullable(),
      meetings: z.array(z.object({ code: z.string(), title: z.string(), href: z.string() })),
      documents: z.array(
        z.object({ symbol: z.string().nullable(), title: z.string(), href: z.string().nullable() }),
      ),
      actionItems: z.array(
        z.object({
          id: z.number().int(),
          meetingCode: z.string(),
          what: z.string(),
          status: z.enum(actionItemStatuses),
        }),
      ),
      source: z.string().nullable(),
    }),
  ),
}).openapi('WorkPlan');

function presentSummary(p: WorkPlanSummary): z.infer<typeof WorkPlanSummarySchema> {
  return {
    ...fieldsNamedBy(WorkPlanSummarySchema, p),
    href: `/work-plans/${p.id}`,
  };
}

export function presentWorkPlan(p: WorkPlanView): z.infer<typeof WorkPlanDetail> {
  return {
    ...presentSummary({ ...p, activities: p.activities.length }),
    background: p.background,
    objectives: p.objectives,
    expectedOutputs: p.expectedOutputs,
    implementers: p.implementers,
    partners: p.partners,
    budget: p.budget,
    activityList: p.activities.map((a) => ({
      id: a.id,
      label: a.label,
      title: a.title,
      description: a.description,
      status: a.status,
      statusNote: a.statusNote,
      quarters: a.quarters,
      timing: a.timing,
      implementers: a.implementers,
      meetings: a.meetings.map((m) => ({ code: m.code, title: m.title, href: `/meetings/${m.code}` })),
      documents: a.documents,
      actionItems: a.actionItems.map((i) => ({
        id: i.id,
        meetingCode: i.meetingCode,
        what: i.what,
        status: i.status,
      })),
      source: a.source,
    })),
  };
}

export const listWorkPlansOperation = readOperation({
  path: '/v1/work-plans',
  operationId: 'listWorkPlans',
  tags: ['Work plans'],
  summary: 'List work plans',
  description:
    'The thematic Coordinators’ work plans, the latest cycle first, with their activities counted by status.',
  request: { query: z.object(PageQuery) },
  responses: {
    200: json(WorkPlanList, 'The work plans.'),
    400: invalidPage,
  },
});

export const getWorkPlanOperation = readOperation({
  path: '/v1/work-plans/{id}',
  operationId: 'getWorkPlan',
  tags: ['Work plans'],
  summary: 'Get one work plan',
  description:
    'One work plan: background, objectives, expected outputs, budget, implementers and partners, and its activities with status, quarters and the meetings, documents and action items that carry them out.',
  request: { params: WorkPlanIdParams },
  responses: {
    200: json(WorkPlanDetail, 'The work plan.'),
    400: problemResponse('The number is malformed.'),
    404: problemResponse('No work plan with this number.'),
  },
});

export function registerWorkPlansApi(api: OpenAPIHono<AppEnv>, deps: { db: Db }) {
  api.openapi(listWorkPlansOperation, async (c) => {
    const rows = await listWorkPlans(deps.db);
    const { page, ...paging } = pageOf(c, rows, (p) => String(p.id));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ ...paging, workPlans: page.map(presentSummary) }, 200);
  });

  api.openapi(getWorkPlanOperation, async (c) => {
    const plan = await getWorkPlan(deps.db, c.req.valid('param').id);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(presentWorkPlan(plan), 200);
  });
}
