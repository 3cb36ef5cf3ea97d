import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppEnv } from '../../kernel/http.js';
import { iso3AnyCase } from '../../kernel/ids.js';
import {
  DirectoryStateNotFoundError,
  directoryAreas,
  type EntryView,
  listEntries,
  readerReach,
} from '../directory/index.js';
import { listStateNames } from '../states/index.js';
import { badFilter, json, readOperation, stateRefusals } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { queryFilter } from './params.js';
import { fieldsNamedBy } from './present.js';
import { Iso3Params } from './schemas.js';

/*
 * The directory of national focal points in the JSON API, as each caller may see it (the rule of
 * directory/visibility.ts): the public the published contacts; a token of a State's focal point or
 * partner also other States' official contacts and all of its own State's; the ISU's and
 * Coordinators' tokens every contact. Personal data: never kept by any cache.
 */

export const DirectoryQuery = z.object({
  state: queryFilter(iso3AnyCase(), 'state', 'Only this State’s contacts.', 'LBN'),
  area: queryFilter(z.enum(directoryAreas), 'area', 'Only contacts for this area.'),
  ...PageQuery,
});

const EntrySchema = z
  .object({
    id: z.number().int(),
    state: z.object({ iso3: z.string(), name: z.string() }),
    area: z.enum(directoryAreas),
    name: z.string(),
    functionTitle: z.string().nullable(),
    organisation: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    languages: z.array(z.string()).openapi({ description: 'ISO 639-1 codes; empty when not known.' }),
    official: z.boolean(),
    published: z.boolean(),
    lastConfirmedOn: z.string(),
    confirmationDue: z.boolean().openapi({ description: 'Not confirmed for 12 months.' }),
  })
  .openapi('DirectoryEntry');

export const DirectoryList = z
  .object({
    reach: z.enum(['all', 'official', 'published']).openapi({
      description: 'What this caller may see: every contact, official and published ones, or published ones.',
    }),
    ...PageFields,
    entries: z.array(EntrySchema),
  })
  .openapi('DirectoryList');

export const listDirectoryOperation = readOperation({
  path: '/v1/directory',
  operationId: 'listDirectory',
  tags: ['Directory'],
  summary: 'List national focal points',
  description:
    'The national contacts of States per area, as the caller may see them, with when each was last confirmed.',
  request: { query: DirectoryQuery },
  responses: {
    200: json(DirectoryList, 'The contacts the caller may see.'),
    400: badFilter,
  },
});

export const getStateDirectoryOperation = readOperation({
  path: '/v1/directory/{iso3}',
  operationId: 'getStateDirectory',
  tags: ['Directory'],
  summary: 'List one State’s focal points',
  description:
    'One State’s contacts per area, as the caller may see them; an empty list when none is recorded or visible.',
  request: { params: Iso3Params, query: z.object(PageQuery) },
  responses: {
    200: json(DirectoryList, 'The State’s contacts the caller may see.'),
    ...stateRefusals,
  },
});

const present = (e: EntryView): z.infer<typeof EntrySchema> =>
  fieldsNamedBy(EntrySchema, { ...e, state: { iso3: e.stateIso3, name: e.stateName } });

export function registerDirectoryApi(api: OpenAPIHono<AppEnv>, deps: { db: Db; now: () => Date }) {
  api.openapi(listDirectoryOperation, async (c) => {
    const { state, area } = c.req.valid('query');
    const actor = c.get('actor');
    const rows = await listEntries(deps.db, actor, isoDay(deps.now()), { state: state?.toUpperCase(), area });
    const { page, ...paging } = pageOf(c, rows, (r) => String(r.id));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ reach: readerReach(actor), ...paging, entries: page.map(present) }, 200);
  });

  api.openapi(getStateDirectoryOperation, async (c) => {
    const iso3 = c.req.valid('param').iso3.toUpperCase();
    if (!(await listStateNames(deps.db)).some((s) => s.iso3 === iso3))
      throw new DirectoryStateNotFoundError(iso3);
    const actor = c.get('actor');
    const rows = await listEntries(deps.db, actor, isoDay(deps.now()), { state: iso3 });
    const { page, ...paging } = pageOf(c, rows, (r) => String(r.id));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ reach: readerReach(actor), ...paging, entries: page.map(present) }, 200);
  });
}
