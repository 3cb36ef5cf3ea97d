import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import type { Translate } from '../../kernel/i18n/index.js';
import {
  type Basis,
  basisHref,
  type Evidence,
  type IndicatorResult,
  indicatorKinds,
  noDataText,
  type ProgressReportData,
  periodTypes,
  populations,
  progressReportFor,
  sections,
  unitNames,
} from '../progress/index.js';
import { MeetingCodeParams } from './meetings-api.js';
import { invalidToken, json, optionalBearer } from './operations.js';
import { ApiError, IsoDate, PartialDate } from './schemas.js';

/*
 * The Progress Report in the JSON API: every indicator of a meeting's report with its figure and
 * the evidence behind it, as the web pages show them (progress module). A value the data cannot
 * give is null with the reason, never 0. The words (indicator, reason) are in the caller's
 * language; codes and numbers are the same in every language.
 */

const Unit = z.enum(unitNames as [string, ...string[]]).openapi({ description: 'What the number counts.' });
const href = z.string().openapi({ description: 'Where this rests, on the website.' });

const ReportBasis = z
  .object({
    kind: z.literal('report'),
    reportId: z.number().int(),
    year: z.number().int().openapi({ description: 'The year the report covers.' }),
    version: z.number().int(),
    receivedOn: IsoDate.openapi({ description: 'The day the report was first received.' }),
    demonstration: z
      .boolean()
      .openapi({ description: 'A demonstration report, not what the State reported.' }),
    form: z.string().openapi({ example: 'F' }),
    question: z.string().nullable().openapi({ description: 'The question read, by its template key.' }),
    table: z.string().nullable().openapi({ description: 'The table read, by its template key.' }),
    row: z.number().int().nullable().openapi({ description: 'The row counted (1-based).' }),
    answer: z.string().nullable().openapi({
      description:
        "What the report says there: 'yes', 'no', 'partly', 'given', 'not answered', 'not asked', 'form not filled', 'no rows', a year, a template.",
    }),
    href,
  })
  .openapi('ProgressReportBasis');

const RegistryBasis = z
  .object({
    kind: z.literal('registry'),
    article: z.number().int().nullable(),
    fact: z.string().openapi({
      description:
        'The registry fact: an obligation event, a deposit, an annual report status, an office held.',
      example: 'completion_declared',
    }),
    on: PartialDate.nullable(),
    meeting: z.string().nullable(),
    source: z.string().nullable(),
    href: href.nullable(),
  })
  .openapi('ProgressRegistryBasis');

const MeetingBasis = z
  .object({
    kind: z.literal('meeting'),
    meeting: z.string(),
    fact: z.string().openapi({ example: 'head:woman' }),
    on: PartialDate.nullable(),
    href,
  })
  .openapi('ProgressMeetingBasis');

const LedgerBasis = z
  .object({
    kind: z.literal('ledger'),
    entryId: z.number().int(),
    year: z.number().int().nullable(),
    fact: z.string(),
    href,
  })
  .openapi('ProgressLedgerBasis');

const NoBasis = z
  .object({
    kind: z.literal('none'),
    reason: z.string().openapi({ example: 'noReportInWindow' }),
    message: z.string().openapi({ description: 'The reason in words.' }),
  })
  .openapi('ProgressNoBasis');

const ProgressBasis = z
  .discriminatedUnion('kind', [ReportBasis, RegistryBasis, MeetingBasis, LedgerBasis, NoBasis])
  .openapi('ProgressBasis', { description: 'One thing a State’s answer rests on.' });

const ProgressEvidence = z
  .object({
    iso3: z.string().nullable().openapi({ description: 'The State; null for an organisation or a person.' }),
    label: z.string(),
    counted: z.boolean(),
    amount: z.number().nullable().openapi({ description: 'This State’s share of a summed quantity.' }),
    bases: z.array(ProgressBasis),
  })
  .openapi('ProgressEvidence');

const ProgressIndicator = z
  .object({
    id: z.string().openapi({ example: 'LAP4d' }),
    action: z.number().int().openapi({ description: 'The Lausanne Action Plan action.' }),
    section: z.enum(sections),
    text: z.string().openapi({ description: 'What the indicator counts, in the caller’s language.' }),
    kind: z.enum(indicatorKinds),
    period: z.enum(periodTypes),
    population: z.enum(populations),
    value: z
      .number()
      .nullable()
      .openapi({ description: 'Null when the data cannot give it (see noData): never 0.' }),
    denominator: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The "of y" of "x of y", when there is one.' }),
    unit: Unit,
    noData: z
      .string()
      .nullable()
      .openapi({ description: 'Why the value is null, as a code.', example: 'noAnswers' }),
    noDataReason: z.string().nullable().openapi({ description: 'Why the value is null, in words.' }),
    parts: z
      .array(z.object({ unit: Unit, value: z.number() }))
      .nullable()
      .openapi({ description: 'A figure of two quantities (munitions / submunitions): each part.' }),
    href: z.string().openapi({ description: 'The indicator and its evidence on the website.' }),
    evidence: z.array(ProgressEvidence).openapi({
      description:
        'Every State (or delegation, request, office holder) looked at; the counted ones make the value.',
    }),
  })
  .openapi('ProgressIndicator');

export const ProgressReport = z
  .object({
    meeting: z.string().openapi({ example: '11MSP' }),
    window: z
      .object({
        from: IsoDate,
        to: IsoDate,
        censusDate: IsoDate.openapi({ description: 'The day the figures are counted as of.' }),
        meetingStartsOn: IsoDate.nullable(),
      })
      .openapi({ description: 'The reporting window the calendar records for the meeting.' }),
    includesDemonstrationData: z
      .boolean()
      .openapi({ description: 'Some report the figures rest on is a demonstration report.' }),
    count: z.number().int(),
    indicators: z.array(ProgressIndicator),
  })
  .openapi('ProgressReport');

function presentBasis(t: Translate, b: Basis, iso3: string | null): z.infer<typeof ProgressBasis> {
  switch (b.kind) {
    case 'report':
      return {
        kind: b.kind,
        reportId: b.reportId,
        year: b.year,
        version: b.version,
        receivedOn: b.receivedOn,
        demonstration: b.demonstration,
        form: b.form,
        question: b.question ?? null,
        table: b.table ?? null,
        row: b.row ?? null,
        answer: b.answer ?? null,
        href: basisHref(b, iso3) ?? '',
      };
    case 'registry':
      return {
        kind: b.kind,
        article: b.article,
        fact: b.fact,
        on: b.on,
        meeting: b.meeting ?? null,
        source: b.source ?? null,
        href: basisHref(b, iso3),
      };
    case 'meeting':
      return { kind: b.kind, meeting: b.meeting, fact: b.fact, on: b.on, href: basisHref(b, iso3) ?? '' };
    case 'ledger':
      return { kind: b.kind, entryId: b.entryId, year: b.year, fact: b.fact, href: basisHref(b, iso3) ?? '' };
    case 'none':
      return {
        kind: b.kind,
        reason: b.reason,
        message: t(`progress:reasons.${b.reason}`, { defaultValue: b.reason }),
      };
  }
}

const presentEvidence = (t: Translate, e: Evidence): z.infer<typeof ProgressEvidence> => ({
  iso3: e.iso3,
  label: e.label,
  counted: e.counted,
  amount: e.amount ?? null,
  bases: e.bases.map((b) => presentBasis(t, b, e.iso3)),
});

function presentIndicator(
  t: Translate,
  meeting: string,
  i: IndicatorResult,
): z.infer<typeof ProgressIndicator> {
  const f = i.computed;
  return {
    id: i.id,
    action: i.action,
    section: i.section,
    text: t(`progress:indicators.${i.id}`),
    kind: i.kind,
    period: i.period,
    population: i.population,
    value: f.value,
    denominator: f.denominator,
    unit: f.unit,
    noData: f.noData,
    noDataReason: noDataText(t, f),
    parts: f.parts ?? null,
    href: `/progress/${meeting}/${i.id}`,
    evidence: f.evidence.map((e) => presentEvidence(t, e)),
  };
}

export function presentProgressReport(t: Translate, r: ProgressReportData): z.infer<typeof ProgressReport> {
  return {
    meeting: r.window.meeting,
    window: {
      from: r.window.from,
      to: r.window.to,
      censusDate: r.window.census,
      meetingStartsOn: r.window.meetingStartsOn,
    },
    includesDemonstrationData: r.includesDemonstrationData,
    count: r.indicators.length,
    indicators: r.indicators.map((i) => presentIndicator(t, r.window.meeting, i)),
  };
}

export const getProgressReportOperation = createRoute({
  method: 'get',
  path: '/v1/progress-reports/{code}',
  operationId: 'getProgressReport',
  tags: ['Progress Report'],
  summary: 'Get the Progress Report prepared for a meeting',
  description:
    'Every indicator of the Lausanne Action Plan as the Progress Report prints it, computed from what the platform knew on the census date of the meeting’s reporting window: value (or null with the reason), denominator, unit, and for every State looked at whether it was counted and what its answer rests on.',
  security: optionalBearer,
  request: { params: MeetingCodeParams },
  responses: {
    200: json(ProgressReport, 'The Progress Report.'),
    400: json(ApiError, 'The code is malformed.'),
    401: invalidToken,
    404: json(ApiError, 'No meeting with this code, or no reporting window recorded for it.'),
  },
});

export function registerProgressApi(api: OpenAPIHono<AppEnv>, deps: { db: Db }) {
  api.openapi(getProgressReportOperation, async (c) => {
    const report = await progressReportFor(deps.db, c.req.valid('param').code);
    // The words are in the caller's language: a shared cache keeps one copy per language.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', c.get('locale'));
    c.header('Vary', 'Accept-Language, Cookie');
    return c.json(presentProgressReport(c.get('t'), report), 200);
  });
}
