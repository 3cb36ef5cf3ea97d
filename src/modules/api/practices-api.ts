import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import { iso3AnyCase } from '../../kernel/ids.js';
import {
  getPractice,
  LAP_ACTIONS,
  listPractices,
  type PracticeView,
  practiceAreas,
  practiceLanguages,
  practiceStatuses,
  sourceKinds,
} from '../practices/index.js';
import { badFilter, invalidRowNumber, json, problemResponse, readOperation } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { idPathParams, queryFilter } from './params.js';

/*
 * The catalogue of good practices in the JSON API. The public sees the published practices; the
 * ISU and Coordinators (with a token) every one, a focal point also its own State's proposals. The
 * answer depends on the caller, so it is never kept by shared caches.
 */

export const PracticesQuery = z.object({
  q: queryFilter(
    z.string().max(200),
    'q',
    'Words that must all appear, in any language, accents ignored.',
    'stockpile',
  ),
  area: queryFilter(z.enum(practiceAreas), 'area', 'Only practices of this thematic area.'),
  state: queryFilter(iso3AnyCase(), 'state', 'Only practices naming this State.', 'BWA'),
  action: queryFilter(
    z.coerce.number().int().min(1).max(LAP_ACTIONS),
    'action',
    'Only practices serving this Lausanne Action Plan action.',
    39,
  ),
  ...PageQuery,
});

export const PracticeIdParams = idPathParams('The number of the practice.');

const PracticeTextSchema = z.object({ title: z.string(), done: z.string(), achieved: z.string().nullable() });

export const PracticeSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(practiceStatuses),
    area: z.enum(practiceAreas),
    language: z.enum(practiceLanguages).openapi({ description: 'The language of the original text.' }),
    texts: z
      .object({
        en: PracticeTextSchema.optional(),
        fr: PracticeTextSchema.optional(),
        es: PracticeTextSchema.optional(),
      })
      .openapi({ description: 'The text per language; the original’s language is always present.' }),
    states: z.array(z.object({ iso3: z.string(), name: z.string() })),
    partners: z.array(z.string()),
    source: z.object({ kind: z.enum(sourceKinds), reference: z.string(), title: z.string() }),
    lapAction: z.number().int().nullable().openapi({ description: 'Null when not known.' }),
    date: z.string().nullable().openapi({ description: 'YYYY, YYYY-MM or YYYY-MM-DD; null when not known.' }),
    href: z.string(),
  })
  .openapi('GoodPractice');

export const PracticeList = z
  .object({ ...PageFields, practices: z.array(PracticeSchema) })
  .openapi('GoodPracticeList');

export const listPracticesOperation = readOperation({
  path: '/v1/good-practices',
  operationId: 'listGoodPractices',
  tags: ['Good practices'],
  summary: 'List good practices',
  description:
    'The catalogue of good practices in cooperation and assistance (Lausanne Action Plan, Action 39), searchable by words and filtered by area, State and action, each with its source.',
  request: { query: PracticesQuery },
  responses: {
    200: json(PracticeList, 'The practices the caller may see that match.'),
    400: badFilter,
  },
});

export const getPracticeOperation = readOperation({
  path: '/v1/good-practices/{id}',
  operationId: 'getGoodPractice',
  tags: ['Good practices'],
  summary: 'Get one good practice',
  description: 'One practice with its texts in every language it has, its States, partners and source.',
  request: { params: PracticeIdParams },
  responses: {
    200: json(PracticeSchema, 'The practice.'),
    400: invalidRowNumber,
    404: problemResponse('No such practice, or not one the caller may see.'),
  },
});

const present = (p: PracticeView) => ({
  id: p.id,
  status: p.status,
  area: p.area,
  language: p.language,
  texts: p.texts,
  states: p.states,
  partners: p.partners,
  source: p.source,
  lapAction: p.lapAction,
  date: p.practiceOn,
  href: `/good-practices/${p.id}`,
});

export function registerPracticesApi(api: OpenAPIHono<AppEnv>, deps: { db: Db }) {
  api.openapi(listPracticesOperation, async (c) => {
    const { q, area, state, action } = c.req.valid('query');
    const rows = await listPractices(deps.db, c.get('actor'), {
      q,
      area,
      state: state?.toUpperCase(),
      action,
    });
    const { page, ...paging } = pageOf(c, rows, (p) => String(p.id));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ ...paging, practices: page.map(present) }, 200);
  });

  api.openapi(getPracticeOperation, async (c) => {
    const practice = await getPractice(deps.db, c.get('actor'), c.req.valid('param').id);
    c.header('Cache-Control', 'private, no-store');
    return c.json(present(practice), 200);
  });
}
