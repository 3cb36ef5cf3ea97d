import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import type { Locale, Translate } from '../../kernel/i18n/index.js';
import {
  type Basis,
  basisHref,
  type ContentParagraph,
  type Evidence,
  type FrozenFigure,
  generatedText,
  getVersion,
  indicatorKinds,
  type JudgedIndicator,
  type JudgedReport,
  judgedProgressReport,
  listVersions,
  noDataText,
  periodTypes,
  populations,
  publicContent,
  sections,
  unitNames,
  unjudged,
  VersionNotFoundError,
  type VersionView,
  windowOf,
} from '../progress/index.js';
import { MeetingCodeParams } from './meetings-api.js';
import { json, malformedMeetingCode, problemResponse, readOperation } from './operations.js';
import { IsoDate, PartialDate } from './schemas.js';

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
    receivedOn: IsoDate.nullable().openapi({
      description:
        'The day the report was first received; null for a demonstration report, whose day no source gives.',
    }),
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
    shown: z
      .object({
        value: z.number().nullable(),
        denominator: z.number().int().nullable(),
        noData: z.string().nullable(),
        from: z.enum(['computed', 'assessed', 'agreed']),
      })
      .openapi({
        description:
          'The figure the report prints: the agreed one, else the one counted from the Coordinators’ assessments, else the computed one (`value` above, never changed by a judgement).',
      }),
    agreed: z
      .object({
        value: z.number(),
        denominator: z.number().int().nullable(),
        reason: z.string(),
        by: z.string(),
        at: z.string(),
      })
      .nullable()
      .openapi({ description: 'A figure agreed over the computed one, with its mandatory reason.' }),
  })
  .openapi('ProgressIndicator');

const ProgressParagraph = z
  .object({
    section: z.enum(sections),
    key: z.string(),
    kind: z.enum(['generated', 'paragraph', 'questions']),
    author: z
      .enum(['platform', 'coordinator', 'president'])
      .openapi({ description: 'Generated by the platform from the figures, or written by its author role.' }),
    status: z
      .enum(['generated', 'draft', 'agreed'])
      .openapi({ description: 'Written texts appear here once agreed, in their last agreed revision.' }),
    text: z
      .string()
      .openapi({ description: 'In the caller’s language for a generated paragraph; as written otherwise.' }),
    indicators: z
      .array(z.string())
      .openapi({ description: 'The indicators a generated paragraph rests on.' }),
  })
  .openapi('ProgressParagraph');

const ProgressVersion = z
  .object({
    number: z.number().int(),
    status: z.enum(['circulated', 'final']),
    note: z.string().nullable(),
    issuedAt: z.string(),
    href: z.string().openapi({ description: 'This version in the API, frozen as it was issued.' }),
  })
  .openapi('ProgressVersion');

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
    summary: z.array(ProgressIndicator).openapi({
      description:
        'The figures seed 004 prints only in its summary (ids S<paragraph><letter>, action 0), computed the same way; never judged.',
    }),
    paragraphs: z.array(ProgressParagraph).openapi({
      description: 'The narrative, section by section: generated paragraphs and the agreed written texts.',
    }),
    versions: z.array(ProgressVersion).openapi({ description: 'The versions issued so far, oldest first.' }),
  })
  .openapi('ProgressReport');

const FrozenIndicator = z
  .object({
    id: z.string(),
    section: z.enum(sections),
    action: z.number().int(),
    computed: z.object({
      value: z.number().nullable(),
      denominator: z.number().int().nullable(),
      noData: z.string().nullable(),
    }),
    shown: ProgressIndicator.shape.shown,
    agreed: ProgressIndicator.shape.agreed,
    counted: z
      .array(z.string())
      .openapi({ description: 'The units counted, by ISO-3 code where they have one.' }),
  })
  .openapi('ProgressFrozenIndicator');

export const ProgressReportVersion = z
  .object({
    meeting: z.string(),
    number: z.number().int(),
    status: z.enum(['circulated', 'final']),
    note: z.string().nullable(),
    issuedAt: z.string(),
    includesDemonstrationData: z.boolean(),
    indicators: z.array(FrozenIndicator),
    paragraphs: z.array(ProgressParagraph),
  })
  .openapi('ProgressReportVersion');

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
  i: JudgedIndicator,
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
    shown: i.shown,
    agreed: agreedOf(i.agreed),
  };
}

const agreedOf = (a: FrozenFigure['agreed']) =>
  a ? { value: a.value, denominator: a.denominator, reason: a.reason, by: a.by, at: a.at } : null;

function presentParagraph(
  t: Translate,
  locale: Locale,
  p: ContentParagraph,
): z.infer<typeof ProgressParagraph> {
  if (p.kind === 'generated')
    return {
      section: p.section,
      key: p.key,
      kind: 'generated',
      author: 'platform',
      status: 'generated',
      text: generatedText(t, locale, p),
      indicators: p.indicators,
    };
  return {
    section: p.section,
    key: p.key,
    kind: p.kind,
    author: p.authorRole,
    status: p.status,
    text: p.text,
    indicators: [],
  };
}

export function presentProgressReport(
  t: Translate,
  locale: Locale,
  r: JudgedReport,
  paragraphs: readonly ContentParagraph[],
  versions: readonly VersionView[],
): z.infer<typeof ProgressReport> {
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
    summary: r.summary.map((i) => presentIndicator(t, r.window.meeting, unjudged(i))),
    paragraphs: paragraphs.map((p) => presentParagraph(t, locale, p)),
    versions: versions.map((v) => ({
      number: v.number,
      status: v.status,
      note: v.note,
      issuedAt: v.at.toISOString(),
      href: `/api/v1/progress-reports/${r.window.meeting}/versions/${v.number}`,
    })),
  };
}

export const getProgressReportOperation = readOperation({
  path: '/v1/progress-reports/{code}',
  operationId: 'getProgressReport',
  tags: ['Progress Report'],
  summary: 'Get the Progress Report prepared for a meeting',
  description:
    'Every indicator of the Lausanne Action Plan as the Progress Report prints it, computed from what the platform knew on the census date of the meeting’s reporting window: value (or null with the reason), denominator, unit, and for every State looked at whether it was counted and what its answer rests on.',
  request: { params: MeetingCodeParams },
  responses: {
    200: json(ProgressReport, 'The Progress Report.'),
    400: malformedMeetingCode,
    404: problemResponse('No meeting with this code, or no reporting window recorded for it.'),
  },
});

export const getProgressReportVersionOperation = readOperation({
  path: '/v1/progress-reports/{code}/versions/{number}',
  operationId: 'getProgressReportVersion',
  tags: ['Progress Report'],
  summary: 'Get a version of a Progress Report, frozen as it was issued',
  description:
    'A circulated or final version: the figures and the texts as they stood when the ISU issued it, whatever changed since.',
  request: {
    params: MeetingCodeParams.extend({
      number: z.coerce.number().int().min(1).max(10_000).openapi({ example: 1 }),
    }),
  },
  responses: {
    200: json(ProgressReportVersion, 'The version.'),
    400: problemResponse('The code or number is malformed.'),
    404: problemResponse('No such meeting, or no such version of its report.'),
  },
});

export function registerProgressApi(api: OpenAPIHono<AppEnv>, deps: { db: Db }) {
  api.openapi(getProgressReportOperation, async (c) => {
    const code = c.req.valid('param').code;
    const report = await judgedProgressReport(deps.db, code);
    const [content, versions] = await Promise.all([
      publicContent(deps.db, report.window.meeting),
      listVersions(deps.db, report.window.meeting),
    ]);
    // The words are in the caller's language: a shared cache keeps one copy per language.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', c.get('locale'));
    c.header('Vary', 'Accept-Language, Cookie');
    return c.json(
      presentProgressReport(c.get('t'), c.get('locale'), report, content.paragraphs, versions),
      200,
    );
  });

  api.openapi(getProgressReportVersionOperation, async (c) => {
    const { code, number } = c.req.valid('param');
    const window = await windowOf(deps.db, code);
    const version = await getVersion(deps.db, window.meeting, number);
    if (!version) throw new VersionNotFoundError(window.meeting, String(number));
    const { content } = version;
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', c.get('locale'));
    c.header('Vary', 'Accept-Language, Cookie');
    return c.json(
      {
        meeting: window.meeting,
        number: version.number,
        status: version.status,
        note: version.note,
        issuedAt: version.at.toISOString(),
        includesDemonstrationData: content.includesDemonstrationData,
        indicators: content.figures.map((f) => ({
          id: f.id,
          section: f.section,
          action: f.action,
          computed: f.computed,
          shown: f.shown,
          agreed: agreedOf(f.agreed),
          counted: f.counted,
        })),
        paragraphs: content.paragraphs.map((p) => presentParagraph(c.get('t'), c.get('locale'), p)),
      },
      200,
    );
  });
}
