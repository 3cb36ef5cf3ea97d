import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { isoDay } from '../../kernel/clock.js';
import { UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { type AppEnv, serviceContext } from '../../kernel/http.js';
import { iso3AnyCase } from '../../kernel/ids.js';
import {
  addNeed,
  areas,
  assistanceTypes,
  findNeedForActor,
  listNeeds,
  type NeedView,
  needStatuses,
  storedNeedStatuses,
} from '../cooperation/index.js';
import { reportRowHref } from '../reports/index.js';
import { invalidInput } from './invalid.js';
import { invalidRowNumber, json, problemResponse, readOperation, unknownFilter } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { idPathParams, queryFilter } from './params.js';
import { fieldsNamedBy } from './present.js';

/*
 * Needs for assistance in the JSON API. What a caller sees depends on who they are: the public only
 * needs their States agreed to publish and that are current (not lapsed, not withdrawn); a caller
 * with a bearer token of any signed-in role sees every need. Never cached by shared caches.
 */

const criteria = ['plan', 'activities', 'timeframe', 'cost', 'nationalContribution'] as const;

export const NeedsQuery = z.object({
  state: queryFilter(iso3AnyCase(), 'state', 'Only needs of this State (ISO 3166-1 alpha-3).', 'LBN'),
  area: queryFilter(z.enum(areas), 'area', 'Only needs in this area.', 'art4'),
  status: queryFilter(z.enum(needStatuses), 'status', 'Only needs with this status today.', 'open'),
  ...PageQuery,
});

export const NeedIdParams = idPathParams('The number of the need.');

const NeedSource = z
  .object({
    reportId: z.number().int(),
    version: z.number().int(),
    form: z.literal('J'),
    table: z.literal('needs'),
    row: z.number().int().openapi({ description: '1-based row of the Form J needs table.' }),
    href: z.string().openapi({ description: 'The page of the report form behind the need.' }),
  })
  .openapi('NeedSource');

export const NeedDetail = z
  .object({
    id: z.number().int(),
    stateIso3: z.string().openapi({ example: 'LBN' }),
    stateName: z.string().openapi({ example: 'Lebanon' }),
    region: z.string().nullable(),
    origin: z
      .enum(['report', 'direct'])
      .openapi({ description: 'Read from a report, or added between reports.' }),
    area: z.enum(areas),
    type: z.enum(assistanceTypes).nullable(),
    description: z.string(),
    activitiesTimeframe: z.string().nullable(),
    estimatedCost: z.number().nullable().openapi({ description: 'Null when unknown, never 0.' }),
    currency: z.string().nullable(),
    nationalContribution: z.number().nullable().openapi({ description: 'Null when unknown, never 0.' }),
    planReference: z.string().nullable(),
    status: z
      .enum(needStatuses)
      .openapi({ description: 'The status today; `lapsed` is computed, never stored.' }),
    storedStatus: z.enum(storedNeedStatuses),
    lapseReason: z.enum(['expired', 'left_out']).nullable().openapi({
      description: 'Why it is lapsed: not confirmed for 12 months, or left out of the next annual report.',
    }),
    isPublic: z.boolean().openapi({ description: 'The State agreed that the public may see it.' }),
    lastConfirmedOn: z.string().openapi({ format: 'date' }),
    lapsesOn: z
      .string()
      .openapi({ format: 'date', description: 'The first day it is lapsed unless reconfirmed.' }),
    evidence: z.object({
      score: z.number().int().min(0).max(5),
      max: z.literal(5),
      met: z.array(z.enum(criteria)),
      missing: z.array(z.enum(criteria)),
    }),
    source: NeedSource.nullable(),
    demonstration: z.boolean().openapi({
      description:
        'Demonstration data (read from a demonstration report or marked so), not a State’s request.',
    }),
    href: z.string().openapi({ description: 'The need on the website.' }),
  })
  .openapi('Need');

export const NeedList = z
  .object({
    today: z.string().openapi({ format: 'date' }),
    ...PageFields,
    includesDemonstrationData: z.boolean().openapi({
      description: 'True when any need in the answer is demonstration data, not a State’s request.',
    }),
    needs: z.array(NeedDetail),
  })
  .openapi('NeedList');

export function presentNeed(n: NeedView): z.infer<typeof NeedDetail> {
  return {
    ...fieldsNamedBy(NeedDetail, n),
    source: n.source
      ? {
          reportId: n.source.reportId,
          version: n.source.version,
          form: 'J',
          table: 'needs',
          row: n.source.row,
          href: reportRowHref(n.source),
        }
      : null,
    href: `/cooperation/needs/${n.id}`,
  };
}

export const listNeedsOperation = readOperation({
  path: '/v1/needs',
  operationId: 'listNeeds',
  tags: ['Cooperation'],
  summary: 'List needs for assistance',
  description:
    "States' needs for assistance, read from Form J of their Article 7 reports or added between reports, with their status today, evidence score and the report row behind them. Without a token: only needs their States agreed to publish that are neither lapsed nor withdrawn. With a bearer token: every need.",
  request: { query: NeedsQuery },
  responses: {
    200: json(NeedList, 'The needs matching the filters.'),
    400: unknownFilter,
  },
});

export const getNeedOperation = readOperation({
  path: '/v1/needs/{id}',
  operationId: 'getNeed',
  tags: ['Cooperation'],
  summary: 'Get one need for assistance',
  description:
    'One need with every column of Form J, its status today and the report row behind it. Without a token, a need that is not published or no longer current is not found.',
  request: { params: NeedIdParams },
  responses: {
    200: json(NeedDetail, 'The need.'),
    400: invalidRowNumber,
    404: problemResponse('No such need, or not one the caller may see.'),
  },
});

/**
 * An amount as people write it: a JSON number, or a string read in the request's `Content-Language`
 * (decision 033), with the very parser of the web forms and the workbooks.
 */
const TypedAmount = z
  .union([z.number(), z.string()])
  .nullable()
  .optional()
  .openapi({
    description:
      'A JSON number, or a string read in the language the `Content-Language` header names (`en`, `fr`, ' +
      '`es` or `ar`; English when there is none): "1,100,000" in English, "1 100 000" in French, ' +
      '"1.100.000" in Spanish. Null, left out, "" or the word for unknown in any of the languages ' +
      '("unknown", "inconnu", "desconocido", "غير معروف") records the amount as unknown, never as 0.',
    example: '1 100 000',
  });

/** What a State says of a need: the columns of Form J. The verb checks it; this documents it. */
export const NewNeed = z
  .object({
    stateIso3: z.string().openapi({ description: 'The State that needs the assistance.', example: 'LBN' }),
    area: z.enum(areas),
    type: z.enum(assistanceTypes).nullable().optional(),
    description: z.string().openapi({ example: 'Survey of the southern districts' }),
    activitiesTimeframe: z.string().nullable().optional(),
    estimatedCost: TypedAmount,
    currency: z.string().nullable().optional().openapi({ description: 'ISO 4217 code.', example: 'USD' }),
    nationalContribution: TypedAmount,
    planReference: z.string().nullable().optional(),
    isPublic: z
      .boolean()
      .optional()
      .openapi({ description: 'The State agrees that the public may see it. False when left out.' }),
  })
  .openapi('NewNeed');

export const addNeedOperation = createRoute({
  method: 'post',
  path: '/v1/needs',
  operationId: 'addNeed',
  tags: ['Cooperation'],
  summary: 'Add a need for assistance',
  description:
    'Adds a need between reports, as the web form does: a focal point for its own State, the ISU for any. Needs a bearer token granted writing. Amounts may be JSON numbers or strings as people write them, read in the request\'s `Content-Language` (English when there is none); a string that could be read two ways ("1,5" in English) is refused, never guessed.',
  security: [{ bearerAuth: [] }],
  // Who is asking comes before what was sent: a caller without a token learns nothing from validation.
  middleware: [
    async (c, next) => {
      if ((c.get('actor') as Actor).kind !== 'user') throw new UnauthenticatedError();
      await next();
    },
  ] as const,
  request: {
    headers: z.object({
      'content-language': z
        .string()
        .optional()
        .openapi({ description: 'The language amounts given as strings are written in.', example: 'fr' }),
    }),
    body: { required: true, content: { 'application/json': { schema: NewNeed } } },
  },
  responses: {
    201: json(NeedDetail, 'The need, as recorded.'),
    400: problemResponse(
      'A field is missing or cannot be read; `fields` says which and why. Nothing is written.',
    ),
    401: problemResponse('No bearer token, or one that is unknown or revoked.'),
    403: problemResponse("The token is read-only, or its holder may not write this State's needs."),
  },
});

export const needsOperations = [listNeedsOperation, getNeedOperation, addNeedOperation] as const;

export function registerNeedsApi(api: OpenAPIHono<AppEnv>, deps: { db: Db; now: () => Date }) {
  api.openapi(listNeedsOperation, async (c) => {
    const { state, area, status } = c.req.valid('query');
    const today = isoDay(deps.now());
    const rows = await listNeeds(deps.db, {
      actor: c.get('actor'),
      today,
      stateIso3: state?.toUpperCase(),
      area,
      status,
    });
    const { page, ...paging } = pageOf(c, rows, (n) => String(n.id));
    // The answer depends on the caller: never share it across callers.
    c.header('Cache-Control', 'private, no-store');
    return c.json(
      {
        today,
        ...paging,
        includesDemonstrationData: rows.some((n) => n.demonstration),
        needs: page.map(presentNeed),
      },
      200,
    );
  });

  api.openapi(getNeedOperation, async (c) => {
    const need = await findNeedForActor(deps.db, c.get('actor'), c.req.valid('param').id, isoDay(deps.now()));
    c.header('Cache-Control', 'private, no-store');
    return c.json(presentNeed(need), 200);
  });

  // The body goes to the verb as sent: the verb checks it, amounts read in the request's language.
  api.openapi(addNeedOperation, async (c) => {
    let id: number;
    try {
      ({ id } = await addNeed(serviceContext(c, deps.db, deps.now), c.req.valid('json')));
    } catch (err) {
      // The API answers every mistake in what the client sent with 400 (a web form shows it at its field).
      if (err instanceof ValidationError) return invalidInput(c, err.fieldErrors) as never;
      throw err;
    }
    const need = await findNeedForActor(deps.db, c.get('actor'), id, isoDay(deps.now()));
    c.header('Cache-Control', 'no-store');
    c.header('Location', `/api/v1/needs/${id}`);
    return c.json(presentNeed(need), 201);
  });
}
