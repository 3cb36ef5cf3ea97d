import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppEnv } from '../../kernel/http.js';
import { actionItemStatuses, ownerKinds } from '../calendar/index.js';
import {
  type CoalitionSummary,
  type CoalitionView,
  coalitionStatuses,
  getCoalitionForActor,
  listCoalitions,
  memberKinds,
} from '../coalitions/index.js';
import { areas, ledgerStatuses, needStatuses, sourceHref } from '../cooperation/index.js';
import { invalidPage, invalidRowNumber, json, problemResponse, readOperation } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { idPathParams } from './params.js';
import { fieldsNamedBy } from './present.js';
import { IsoDate, PartialDate } from './schemas.js';

/*
 * Country Coalitions in the JSON API, as each caller may see them: without a token, only those
 * their State agreed to publish; the ISU, Coordinators and a State's own focal points see the rest.
 * The answer depends on the caller, so it is never cached across callers.
 */

export const CoalitionIdParams = idPathParams('The number of the coalition.');

const CoalitionSummarySchema = z
  .object({
    id: z.number().int(),
    state: z.object({ iso3: z.string().openapi({ example: 'LBN' }), name: z.string() }),
    name: z.string().openapi({ example: 'Lebanon Mine Action Forum' }),
    members: z
      .array(
        z.object({
          kind: z.enum(memberKinds),
          iso3: z.string().nullable().openapi({ description: 'A State member’s code; null for others.' }),
          name: z.string(),
          role: z.string().nullable(),
        }),
      )
      .openapi({ description: 'Its partners; empty when the source names none.' }),
    areas: z.array(z.enum(areas)),
    establishedOn: PartialDate.nullable().openapi({ description: 'Null when not known.' }),
    status: z.enum(coalitionStatuses).openapi({
      description:
        'The status today: `dormant` also for an active coalition without a confirmed update for over a year (see `lapsed`).',
    }),
    storedStatus: z.enum(coalitionStatuses).openapi({ description: 'The status as recorded.' }),
    lapsed: z
      .boolean()
      .openapi({ description: 'True when `dormant` is computed from the last confirmation.' }),
    lastConfirmedOn: IsoDate,
    confirmedUntil: IsoDate.openapi({
      description: 'The last day it counts as active without a new confirmation.',
    }),
    published: z.boolean(),
    source: z.string(),
    notes: z.string().nullable(),
    href: z.string().openapi({ description: 'The coalition on the website.' }),
  })
  .openapi('CoalitionSummary');

export const CoalitionDetail = CoalitionSummarySchema.extend({
  meetings: z.array(
    z.object({ code: z.string(), title: z.string(), startsOn: IsoDate.nullable(), href: z.string() }),
  ),
  actionItems: z.array(
    z.object({
      id: z.number().int(),
      meetingCode: z.string(),
      what: z.string(),
      ownerKind: z.enum(ownerKinds),
      owner: z.string().nullable(),
      dueOn: PartialDate.nullable(),
      status: z.enum(actionItemStatuses),
    }),
  ),
  needs: z
    .array(
      z.object({
        id: z.number().int(),
        area: z.enum(areas),
        description: z.string(),
        status: z.enum(needStatuses),
        href: z.string(),
      }),
    )
    .openapi({ description: 'The needs it covers that the caller may see.' }),
  flows: z
    .array(
      z.object({
        key: z.string(),
        providerIso3: z.string().nullable(),
        providerName: z.string(),
        year: z.number().int(),
        area: z.enum(areas).nullable(),
        amount: z.number().nullable(),
        currency: z.string().nullable(),
        usd: z.number().nullable(),
        status: z.enum(ledgerStatuses),
        counted: z.boolean(),
        demonstration: z.boolean(),
        href: z.string(),
      }),
    )
    .openapi({ description: 'Ledger flows from its partners to its State.' }),
}).openapi('Coalition');

export const CoalitionList = z
  .object({
    today: IsoDate,
    ...PageFields,
    coalitions: z.array(CoalitionSummarySchema),
  })
  .openapi('CoalitionList');

function presentSummary(c: CoalitionSummary): z.infer<typeof CoalitionSummarySchema> {
  return {
    ...fieldsNamedBy(CoalitionSummarySchema, c),
    members: c.members.map((m) => ({ kind: m.kind, iso3: m.stateIso3, name: m.name, role: m.role })),
    areas: c.areas as Array<(typeof areas)[number]>,
    href: `/coalitions/${c.id}`,
  };
}

function presentCoalition(c: CoalitionView): z.infer<typeof CoalitionDetail> {
  return {
    ...presentSummary(c),
    meetings: c.meetings.map((m) => ({ ...m, href: `/meetings/${m.code}` })),
    actionItems: c.actionItems.map((a) => ({
      id: a.id,
      meetingCode: a.meetingCode,
      what: a.what,
      ownerKind: a.ownerKind,
      owner: a.owner,
      dueOn: a.dueOn,
      status: a.status,
    })),
    needs: c.needs.map((n) => ({
      id: n.id,
      area: n.area,
      description: n.description,
      status: n.status,
      href: `/cooperation/needs/${n.id}`,
    })),
    flows: c.flows.map((f) => ({
      key: f.key,
      providerIso3: f.providerIso3,
      providerName: f.providerName,
      year: f.year,
      area: f.area,
      amount: f.amount,
      currency: f.currency,
      usd: f.usd,
      status: f.status,
      counted: f.counted,
      demonstration: f.demonstration,
      href: sourceHref(f),
    })),
  };
}

export const listCoalitionsOperation = readOperation({
  path: '/v1/coalitions',
  operationId: 'listCoalitions',
  tags: ['Cooperation'],
  summary: 'List Country Coalitions',
  description:
    'The Country Coalitions the caller may see, by State: partners, areas, status today (an active one without a confirmed update for a year is dormant), last confirmation and source. Without a token, only those their State agreed to publish.',
  request: { query: z.object(PageQuery) },
  responses: {
    200: json(CoalitionList, 'The coalitions.'),
    400: invalidPage,
  },
});

export const getCoalitionOperation = readOperation({
  path: '/v1/coalitions/{id}',
  operationId: 'getCoalition',
  tags: ['Cooperation'],
  summary: 'Get one Country Coalition',
  description:
    'One coalition with its meetings, their action items, the needs it covers and the ledger flows from its partners to its State.',
  request: { params: CoalitionIdParams },
  responses: {
    200: json(CoalitionDetail, 'The coalition.'),
    400: invalidRowNumber,
    404: problemResponse('No such coalition, or not one the caller may see.'),
  },
});

export function registerCoalitionsApi(api: OpenAPIHono<AppEnv>, deps: { db: Db; now: () => Date }) {
  api.openapi(listCoalitionsOperation, async (c) => {
    const today = isoDay(deps.now());
    const rows = await listCoalitions(deps.db, c.get('actor'), today);
    const { page, ...paging } = pageOf(c, rows, (r) => String(r.id));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ today, ...paging, coalitions: page.map(presentSummary) }, 200);
  });

  api.openapi(getCoalitionOperation, async (c) => {
    const view = await getCoalitionForActor(
      deps.db,
      c.get('actor'),
      c.req.valid('param').id,
      isoDay(deps.now()),
    );
    c.header('Cache-Control', 'private, no-store');
    return c.json(presentCoalition(view), 200);
  });
}
