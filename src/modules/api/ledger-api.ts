import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import { iso3AnyCase } from '../../kernel/ids.js';
import {
  areas,
  assistanceTypes,
  donorTrends,
  isDemoRate,
  type LedgerFilter,
  type LedgerRow,
  ledgerOrigins,
  ledgerStatuses,
  ledgerTotals,
  loadLedger,
  loadRates,
  reconcile,
  type SideTotal,
  type Sum,
  sourceHref,
} from '../cooperation/index.js';
import { invalidPage, json, problemResponse, readOperation, unknownFilter } from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { queryFilter } from './params.js';

/*
 * The assistance ledger in the JSON API: the flows (report rows and stored entries) with US dollar
 * figures where a rate exists, the comparison of donor and recipient reports, each donor's year over
 * year change, and the exchange rates with their sources. Reads are public; unreviewed IATI entries
 * are given only to a caller with a bearer token who asks for them.
 */

const iso3Param = (name: string, description: string) => queryFilter(iso3AnyCase(), name, description, 'LBN');

const yearParam = (description: string) =>
  queryFilter(z.coerce.number().int().min(1990).max(2100), 'year', description, 2023);

export const LedgerQuery = z.object({
  year: yearParam('Only flows of this year.'),
  state: iso3Param('state', 'Only flows with this State on either side (ISO 3166-1 alpha-3).'),
  provider: iso3Param('provider', 'Only flows provided by this State.'),
  recipient: iso3Param('recipient', 'Only flows received by this State.'),
  area: queryFilter(z.enum(areas), 'area', 'Only flows in this area.', 'art4'),
  origin: queryFilter(z.enum(ledgerOrigins), 'origin', 'Only flows of this origin.'),
  includeUnreviewed: queryFilter(
    z.enum(['true', 'false']),
    'includeUnreviewed',
    'Also proposed and rejected IATI entries (only with a bearer token).',
  ),
  ...PageQuery,
});

export const ReconciliationQuery = z.object({
  year: yearParam('Only this year (all years without it).'),
});

const LedgerSource = z
  .object({
    reportId: z.number().int(),
    version: z.number().int(),
    form: z.literal('I'),
    table: z.enum(['assistanceProvided', 'assistanceReceived']),
    row: z.number().int().openapi({ description: '1-based row of the Form I table.' }),
  })
  .openapi('LedgerSource');

export const LedgerFlow = z
  .object({
    key: z.string().openapi({ example: 'report:12:1:assistanceProvided:1' }),
    origin: z.enum(ledgerOrigins),
    providerIso3: z.string().nullable(),
    providerName: z.string(),
    recipientIso3: z.string().nullable(),
    recipientName: z.string(),
    year: z.number().int(),
    area: z.enum(areas).nullable(),
    type: z.enum(assistanceTypes).nullable(),
    amount: z
      .number()
      .nullable()
      .openapi({ description: 'The amount as stated; null when unknown, never 0.' }),
    currency: z.string().nullable(),
    usd: z
      .number()
      .nullable()
      .openapi({ description: 'US dollars at the ISU rate for the currency and year; null without one.' }),
    status: z.enum(ledgerStatuses),
    counted: z
      .boolean()
      .openapi({ description: 'Committed or disbursed, and not a proposed or rejected entry.' }),
    channel: z.string().nullable(),
    inResponseToRequest: z.boolean(),
    needId: z.number().int().nullable(),
    review: z.enum(['proposed', 'confirmed', 'rejected']).nullable(),
    nonPartyReport: z.boolean().openapi({ description: 'From a voluntary report of a State not party.' }),
    demonstration: z.boolean().openapi({
      description: 'Demonstration data, not reported by any State: its figures may be invented.',
    }),
    counterpartText: z
      .string()
      .nullable()
      .openapi({ description: 'Report rows: the other party as written.' }),
    source: LedgerSource.nullable(),
    entryId: z.number().int().nullable(),
    href: z
      .string()
      .openapi({ description: 'The report form or the entry behind the flow, on the website.' }),
  })
  .openapi('LedgerFlow');

const SumSchema = z
  .object({
    rows: z.number().int(),
    usd: z.number().openapi({ description: 'US dollars of the rows that could be converted.' }),
    notConverted: z.number().int().openapi({ description: 'Rows with an amount but no rate.' }),
    withoutAmount: z.number().int(),
  })
  .openapi('LedgerSum');

export const LedgerList = z
  .object({
    ...PageFields,
    includesDemonstrationData: z.boolean().openapi({
      description: 'True when any flow in the answer is demonstration data (see each flow).',
    }),
    totals: z.object({
      counted: SumSchema.openapi({
        description: 'Committed and disbursed, each flow once (donor figure when both reported).',
      }),
      pledged: SumSchema,
    }),
    flows: z.array(LedgerFlow),
  })
  .openapi('LedgerList');

const Side = z
  .object({
    keys: z.array(z.string()),
    usd: z.number().nullable().openapi({ description: 'Null unless every row has a known dollar figure.' }),
    unconverted: z.number().int(),
    withoutAmount: z.number().int(),
  })
  .openapi('ReconciliationSide');

export const LedgerReconciliation = z
  .object({
    year: z.number().int().nullable(),
    counts: z.object({
      matched: z.number().int(),
      donor_only: z.number().int(),
      recipient_only: z.number().int(),
      unresolved: z.number().int(),
    }),
    pairs: z.array(
      z.object({
        providerIso3: z.string(),
        providerName: z.string(),
        recipientIso3: z.string(),
        recipientName: z.string(),
        year: z.number().int(),
        area: z.enum(areas).nullable(),
        status: z.enum(['matched', 'donor_only', 'recipient_only']),
        donor: Side,
        recipient: Side,
        difference: z.number().nullable(),
      }),
    ),
    unresolved: z.array(LedgerFlow),
    includesDemonstrationData: z
      .boolean()
      .openapi({ description: 'True when any flow compared (of the year asked) is demonstration data.' }),
  })
  .openapi('LedgerReconciliation');

export const LedgerDonors = z
  .object({
    includesDemonstrationData: z
      .boolean()
      .openapi({ description: 'True when any flow behind the trends is demonstration data.' }),
    donors: z.array(
      z.object({
        donorKey: z.string().openapi({ example: 'state:NOR' }),
        providerIso3: z.string().nullable(),
        providerName: z.string(),
        years: z.array(
          z.object({
            year: z.number().int(),
            rows: z.number().int(),
            usd: z
              .number()
              .nullable()
              .openapi({ description: 'Null when some counted amount is unknown in dollars.' }),
            knownUsd: z.number(),
            unknownRows: z.number().int(),
            change: z.enum(['increased', 'reduced', 'unchanged', 'new', 'stopped', 'unknown']).nullable(),
            delta: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('LedgerDonors');

export const RateList = z
  .object({
    ...PageFields,
    includesDemonstrationData: z
      .boolean()
      .openapi({ description: 'True when any rate is a demonstration rate, not an official figure.' }),
    rates: z.array(
      z.object({
        currency: z.string().openapi({ example: 'EUR' }),
        year: z.number().int(),
        usdPerUnit: z.number(),
        source: z.string(),
        updatedAt: z.string().openapi({ format: 'date-time' }),
      }),
    ),
  })
  .openapi('ExchangeRateList');

export function presentFlow(r: LedgerRow): z.infer<typeof LedgerFlow> {
  return {
    key: r.key,
    origin: r.origin,
    providerIso3: r.providerIso3,
    providerName: r.providerName,
    recipientIso3: r.recipientIso3,
    recipientName: r.recipientName,
    year: r.year,
    area: r.area,
    type: r.type,
    amount: r.amount,
    currency: r.currency,
    usd: r.usd,
    status: r.status,
    counted: r.counted,
    channel: r.channel,
    inResponseToRequest: r.inResponseToRequest,
    needId: r.needId,
    review: r.review,
    nonPartyReport: r.nonPartyReport ?? false,
    demonstration: r.demonstration,
    counterpartText: r.counterpartText ?? null,
    source: r.source
      ? {
          reportId: r.source.reportId,
          version: r.source.version,
          form: 'I',
          table: r.source.table === 'assistanceReceived' ? 'assistanceReceived' : 'assistanceProvided',
          row: r.source.row,
        }
      : null,
    entryId: r.entryId,
    href: sourceHref(r),
  };
}

const presentSum = (s: Sum) => ({
  rows: s.rows,
  usd: s.usd,
  notConverted: s.notConverted,
  withoutAmount: s.withoutAmount,
});
const presentSide = (s: SideTotal) => ({
  keys: s.rows.map((r) => r.key),
  usd: s.usd,
  unconverted: s.unconverted,
  withoutAmount: s.withoutAmount,
});

export const listLedgerOperation = readOperation({
  path: '/v1/ledger',
  operationId: 'listLedger',
  tags: ['Cooperation'],
  summary: 'List flows of assistance',
  description:
    'Every flow of assistance: rows of Form I of standing Article 7 reports (donor and recipient side) and stored entries (ISU, confirmed deliveries, reviewed IATI records), with US dollars where the ISU holds a rate, and totals of committed and disbursed flows (each flow once) apart from pledges.',
  request: { query: LedgerQuery },
  responses: {
    200: json(LedgerList, 'The flows matching the filters, newest year first.'),
    400: unknownFilter,
  },
});

export const getLedgerReconciliationOperation = readOperation({
  path: '/v1/ledger/reconciliation',
  operationId: 'getLedgerReconciliation',
  tags: ['Cooperation'],
  summary: 'Compare donor and recipient reports',
  description:
    'Donor-reported and recipient-reported flows paired by provider, recipient, year and area: matched, donor only or recipient only, with both sides in US dollars and the difference; rows whose other party is not a recognised State are listed apart.',
  request: { query: ReconciliationQuery },
  responses: {
    200: json(LedgerReconciliation, 'The comparison.'),
    400: problemResponse('The year is not a year.'),
  },
});

export const getLedgerDonorsOperation = readOperation({
  path: '/v1/ledger/donors',
  operationId: 'getLedgerDonors',
  tags: ['Cooperation'],
  summary: 'Donors year over year',
  description:
    "Each provider's counted assistance per year in US dollars and its change from the year before: increased, reduced, unchanged, new, stopped, or unknown when an amount cannot be converted.",
  responses: {
    200: json(LedgerDonors, 'Every provider, by name.'),
  },
});

export const listRatesOperation = readOperation({
  path: '/v1/rates',
  operationId: 'listExchangeRates',
  tags: ['Cooperation'],
  summary: 'List exchange rates',
  description: 'US dollars per unit of each currency and year, as the ISU keeps them, each with its source.',
  request: { query: z.object(PageQuery) },
  responses: {
    200: json(RateList, 'Every rate, by currency and year.'),
    400: invalidPage,
  },
});

export const ledgerOperations = [
  listLedgerOperation,
  getLedgerReconciliationOperation,
  getLedgerDonorsOperation,
  listRatesOperation,
] as const;

const cachePublicly = (c: Context) => c.header('Cache-Control', 'public, max-age=300');

export function registerLedgerApi(api: OpenAPIHono<AppEnv>, deps: { db: Db; now: () => Date }) {
  api.openapi(listLedgerOperation, async (c) => {
    const q = c.req.valid('query');
    const unreviewed = q.includeUnreviewed === 'true' && c.get('actor').kind !== 'anonymous';
    const filter: LedgerFilter = {
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.state ? { stateIso3: q.state.toUpperCase() } : {}),
      ...(q.provider ? { providerIso3: q.provider.toUpperCase() } : {}),
      ...(q.recipient ? { recipientIso3: q.recipient.toUpperCase() } : {}),
      ...(q.area ? { area: q.area } : {}),
      ...(q.origin ? { origin: q.origin } : {}),
      ...(unreviewed ? { includeUnreviewed: true } : {}),
    };
    const rows = await loadLedger(deps.db, filter);
    const totals = ledgerTotals(rows);
    const { page, ...paging } = pageOf(c, rows, (r) => r.key);
    if (unreviewed) c.header('Cache-Control', 'private, no-store');
    else cachePublicly(c);
    return c.json(
      {
        ...paging,
        includesDemonstrationData: rows.some((r) => r.demonstration),
        totals: { counted: presentSum(totals.counted), pledged: presentSum(totals.pledged) },
        flows: page.map(presentFlow),
      },
      200,
    );
  });

  api.openapi(getLedgerReconciliationOperation, async (c) => {
    const { year } = c.req.valid('query');
    const rows = await loadLedger(deps.db);
    const r = reconcile(rows, year);
    cachePublicly(c);
    return c.json(
      {
        year: year ?? null,
        counts: r.counts,
        pairs: r.pairs.map((p) => ({
          ...p,
          donor: presentSide(p.donor),
          recipient: presentSide(p.recipient),
        })),
        unresolved: r.unresolved.map(presentFlow),
        includesDemonstrationData: rows.some(
          (x) => x.demonstration && (year === undefined || x.year === year),
        ),
      },
      200,
    );
  });

  api.openapi(getLedgerDonorsOperation, async (c) => {
    const rows = await loadLedger(deps.db);
    cachePublicly(c);
    return c.json(
      { includesDemonstrationData: rows.some((r) => r.demonstration), donors: donorTrends(rows) },
      200,
    );
  });

  api.openapi(listRatesOperation, async (c) => {
    const rates = await loadRates(deps.db);
    const { page, ...paging } = pageOf(c, rates.list, (r) => `${r.currency}:${r.year}`);
    cachePublicly(c);
    return c.json(
      {
        ...paging,
        includesDemonstrationData: rates.list.some(isDemoRate),
        rates: page.map((r) => ({
          currency: r.currency,
          year: r.year,
          usdPerUnit: r.usdPerUnit,
          source: r.source,
          updatedAt: r.updatedAt.toISOString(),
        })),
      },
      200,
    );
  });
}
