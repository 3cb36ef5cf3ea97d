import { z } from '@hono/zod-openapi';
import { iso3AnyCase, rowIdOf } from '../../kernel/ids.js';
import type { StateView } from '../states/index.js';
import { PageFields, PageQuery } from './paging.js';
import { queryFilter } from './params.js';

/*
 * The API's contract. These schemas validate requests, type the handlers' responses and generate
 * the OpenAPI document, so the document cannot drift from what the server does. Field names here
 * are public: rename nothing, only add.
 */

export const CCM_STATUSES = ['state_party', 'signatory', 'not_party', 'withdrawn'] as const;
export const APMBC_STATUSES = ['state_party', 'not_party', 'withdrawn'] as const;
export const ARTICLES = [3, 4, 5, 7] as const;

// Fails to compile if the registry's enums change without the contract following them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _statusesInSync: Same<(typeof CCM_STATUSES)[number], StateView['ccmStatus']> = true;
const _apmbcInSync: Same<(typeof APMBC_STATUSES)[number], StateView['apmbcStatus']> = true;
void _statusesInSync;
void _apmbcInSync;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isFullDate = (d: string) => FULL_DATE.test(d);

export const IsoDate = z
  .string()
  .regex(FULL_DATE)
  .openapi({ format: 'date', description: 'ISO 8601 calendar date (YYYY-MM-DD).', example: '2026-05-01' });

export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .openapi({
    description: 'A date as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY.',
    example: '2026',
  });

export const CcmStatus = z.enum(CCM_STATUSES).openapi({ description: 'Status under the Convention.' });

// Spelled out for the generator, which renders a union of literals as an untyped anyOf.
const Article = z.union([z.literal(3), z.literal(4), z.literal(5), z.literal(7)]).openapi({
  type: 'integer',
  enum: [...ARTICLES],
  description: 'Article of the Convention: 3 stockpiles, 4 clearance, 5 victims, 7 reports.',
});

// ---- Requests ----

/** `asOf=YYYY-MM-DD`: every status and deadline as it stood on that day (facts dated later left out). */
const asOf = IsoDate.refine((d) => {
  const parsed = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d);
}, 'errors:date')
  .optional()
  .openapi({
    param: {
      name: 'asOf',
      in: 'query',
      description:
        'Answer as of this day: status from the dates of signature, deposit and withdrawal; obligations from the facts that had taken place by then. Defaults to today.',
    },
    example: '2023-06-30',
  });

export const AsOfQuery = z.object({ asOf });
export const AsOfPageQuery = z.object({ asOf, ...PageQuery });

export const StatesQuery = z.object({
  status: queryFilter(
    z.enum(CCM_STATUSES, { error: 'api:errors.status' }),
    'status',
    'Only States with this status.',
    'state_party',
  ),
  region: queryFilter(
    z.string().min(1).max(60),
    'region',
    'Only States in this UN region (Africa, Americas, Asia, Europe, Oceania).',
    'Asia',
  ),
  asOf,
  ...PageQuery,
});

export const Iso3Params = z.object({
  iso3: iso3AnyCase().openapi({
    param: { name: 'iso3', in: 'path', description: 'ISO 3166-1 alpha-3 code; case does not matter.' },
    example: 'LBN',
  }),
});

// ---- Responses ----

const FieldMessages = z
  .record(z.string(), z.array(z.string()))
  .optional()
  .openapi({ description: 'Messages per request field, when the request itself was invalid.' });

/** Error answers: RFC 9457 problem details (`application/problem+json`), see kernel/problem.ts. */
export const ApiError = z
  .object({
    type: z.string().openapi({
      description: 'The problem type: `about:blank`, the status says what happened.',
      example: 'about:blank',
    }),
    title: z.string().openapi({ description: 'The HTTP status phrase.', example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ description: "What went wrong, in the reader's language." }),
    code: z.string().openapi({ description: 'Stable code of the problem.', example: 'INPUT.INVALID' }),
    fields: FieldMessages,
    error: z.object({ code: z.string(), message: z.string(), fields: FieldMessages }).openapi({
      description:
        'The same code, detail and fields in the earlier shape, kept for clients written against it.',
    }),
  })
  .openapi('Problem');

/** The State's United Nations short name in each language the platform writes. */
export const StateNames = z
  .object({ en: z.string(), fr: z.string(), es: z.string(), ar: z.string() })
  .openapi('StateNames', {
    description:
      'The United Nations short name in English, French, Spanish and Arabic (`name` is the English one).',
    example: { en: 'Lebanon', fr: 'Liban', es: 'Líbano', ar: 'لبنان' },
  });

export const StateSummary = z
  .object({
    iso3: z.string().openapi({ example: 'LBN' }),
    name: z.string().openapi({ example: 'Lebanon' }),
    names: StateNames,
    unRegion: z.string().openapi({ example: 'Asia' }),
    ccmStatus: CcmStatus,
    inForce: z
      .boolean()
      .openapi({ description: 'The Convention is in force for the State on the day asked.' }),
    entryIntoForce: IsoDate.nullable(),
    initialReportDue: IsoDate.nullable(),
    openObligations: z
      .number()
      .int()
      .openapi({ description: 'Open time-bound obligations (Art 3, 4, initial Art 7) of a State Party.' }),
    nextDeadline: PartialDate.nullable().openapi({ description: 'The earliest of those deadlines.' }),
  })
  .openapi('StateSummary');

export const StateList = z
  .object({
    asOf: IsoDate,
    ...PageFields,
    states: z.array(StateSummary),
  })
  .openapi('StateList');

// ── Deadline risk (risk module, decision 022) ─────────────────────────────────────────────────

const Quantity = z.enum(['munitions', 'submunitions', 'area']).openapi({
  description:
    'What is counted: cluster munitions and submunitions (Form B, Article 3) or area in m² (Form F, Article 4).',
});

export const RiskFigureSource = z
  .object({
    reportId: z.number().int(),
    year: z.number().int().openapi({ description: 'The calendar year the report covers.' }),
    version: z.number().int(),
    demonstration: z
      .boolean()
      .openapi({ description: 'Read from a demonstration report, not from any State.' }),
    form: z.string().openapi({ example: 'F' }),
    table: z
      .string()
      .nullable()
      .openapi({ description: 'The table the rows are in; null for a single field.' }),
    field: z.string().nullable().openapi({
      description: 'The meaning of the single field read (remainingContaminatedArea); null for table rows.',
    }),
    rows: z.array(z.number().int()).openapi({ description: 'The 1-based rows summed into the figure.' }),
  })
  .openapi('RiskFigureSource');

const RiskFigure = z.object({ quantity: Quantity, value: z.number(), source: RiskFigureSource });

export const EarlyWarningSchema = z
  .object({
    deadline: PartialDate,
    meeting: z.object({ code: z.string(), title: z.string(), startsOn: IsoDate }).nullable().openapi({
      description:
        'The last Meeting of States Parties (or Review Conference) before the deadline that the calendar holds, from today on; null when it holds none: the date is then not known.',
    }),
    submitBy: IsoDate.nullable().openapi({
      description:
        'Nine months before that meeting opens: the last day to submit an extension request to be considered there.',
    }),
    submitByPassed: z.boolean(),
    rule: z.string().openapi({ description: 'The article setting the nine months.', example: 'Art 4(6)' }),
  })
  .openapi('EarlyWarning');

export const RiskSchema = z
  .object({
    status: z.enum(['on_track', 'at_risk', 'off_track', 'not_enough_data']),
    deadline: PartialDate.nullable(),
    missing: z
      .array(
        z.object({
          what: z.enum(['deadline', 'reports', 'remaining', 'rate']),
          quantity: Quantity.nullable(),
        }),
      )
      .openapi({
        description: 'What the reports do not give; non-empty exactly when the status is not_enough_data.',
      }),
    remaining: z
      .array(RiskFigure)
      .openapi({ description: 'The latest figure of what remains, per quantity.' }),
    rates: z
      .array(
        z.object({ quantity: Quantity, year: z.number().int(), value: z.number(), source: RiskFigureSource }),
      )
      .openapi({ description: 'Destroyed or cleared in each year read, per quantity.' }),
    spread: z
      .array(
        z.object({
          quantity: Quantity,
          low: z.number().nullable(),
          high: z.number().nullable(),
          mean: z.number().nullable(),
          netPerYear: z.number().nullable().openapi({
            description: 'Net reduction of what remains per year over the reports read (negative: it grew).',
          }),
        }),
      )
      .openapi({ description: 'Lowest, highest and average yearly rate per quantity.' }),
    growth: z
      .array(
        z.object({
          quantity: Quantity,
          from: z.object({ year: z.number().int(), value: z.number() }),
          to: z.object({ year: z.number().int(), value: z.number() }),
        }),
      )
      .openapi({
        description:
          'Each rise of what remains between two reports (new areas found, new stocks discovered).',
      }),
    completion: z
      .object({ earliest: IsoDate.nullable(), expected: IsoDate.nullable(), latest: IsoDate.nullable() })
      .nullable()
      .openapi({
        description:
          'Projected completion at the best, average and worst yearly rate (or the net reduction when lower); null inside: no completion at that rate.',
      }),
    binding: Quantity.nullable().openapi({ description: 'The quantity whose work ends last.' }),
    reasons: z.array(z.string()).openapi({ description: 'Why the status is what it is (keys).' }),
    reports: z
      .array(
        z.object({
          reportId: z.number().int(),
          year: z.number().int(),
          version: z.number().int(),
          demonstration: z.boolean(),
        }),
      )
      .openapi({ description: 'The standing reports read (the last three).' }),
    includesDemonstrationData: z.boolean(),
    earlyWarning: z.union([EarlyWarningSchema, z.null()]).openapi({
      description: 'Given when the obligation is off track and its deadline is at most 24 months away.',
    }),
  })
  .openapi('DeadlineRisk', {
    description:
      "Deadline risk projected from the State's standing Article 7 reports (docs/decisions/022). Only open Article 3 and 4 obligations of States Parties have one.",
  });

export type Risk = z.infer<typeof RiskSchema>;

export const ObligationEvent = z
  .object({
    kind: z.enum([
      'extension_requested',
      'extension_decided',
      'completion_declared',
      'obligation_reopened',
      'initial_report_submitted',
    ]),
    occurredOn: PartialDate.nullable(),
    meeting: z.string().nullable().openapi({ example: '13MSP' }),
    requestedDeadline: PartialDate.nullable(),
    outcome: z.enum(['granted', 'granted_shorter', 'refused']).nullable(),
    newDeadline: PartialDate.nullable(),
    confirmed: z.boolean().openapi({ description: 'False when the sources only imply this fact.' }),
    note: z.string().nullable(),
    source: z.string().nullable(),
    declaredOn: PartialDate.nullable().openapi({
      description:
        'For a completion (`completion_declared`): the day the State declared it, apart from `occurredOn`, the day the obligation was fulfilled. Null for other facts or when not recorded.',
      example: '2023-09-12',
    }),
    declarationMeeting: z.string().nullable().openapi({
      description:
        'For a completion: the meeting at which it was declared (its code), as recorded. Null for other facts or when not recorded.',
      example: '11MSP',
    }),
    document: z
      .union([
        z.object({
          symbol: z.string().nullable().openapi({ example: 'CCM/MSP/2024/11' }),
          title: z.string().nullable(),
          url: z.string().nullable(),
        }),
        z.null(),
      ])
      .openapi({
        description:
          'The document the fact is recorded in (a decision in a final report, a request and its analysis, a declaration): its symbol, title and address, each as recorded, never guessed. Null when none is recorded.',
      }),
  })
  .openapi('ObligationEvent');

export const Obligation = z
  .object({
    article: Article,
    status: z.enum(['open', 'completed']),
    originalDeadline: IsoDate.nullable().openapi({ description: 'The deadline the treaty text sets.' }),
    currentDeadline: IsoDate.nullable().openapi({
      description:
        'The deadline in force, when known to the day; otherwise null (see currentDeadlineApprox).',
    }),
    currentDeadlineApprox: PartialDate.nullable().openapi({
      description: 'The deadline in force when it is known only to the month or year.',
    }),
    currentDeadlineConfirmed: z.boolean(),
    // An explicit union: `.nullable()` on a named schema makes the generator mark the shared
    // ObligationEvent component itself nullable.
    pendingExtensionRequest: z.union([ObligationEvent, z.null()]).openapi({
      description: 'The last extension request not yet decided.',
    }),
    completedOn: PartialDate.nullable(),
    events: z.array(ObligationEvent),
    risk: z.union([RiskSchema, z.null()]).openapi({
      description: 'The deadline risk of an open Article 3 or 4 obligation of a State Party; null otherwise.',
    }),
  })
  .openapi('Obligation');

export const StateDetail = z
  .object({
    iso3: z.string().openapi({ example: 'LBN' }),
    name: z.string().openapi({ example: 'Lebanon' }),
    names: StateNames,
    unRegion: z.string(),
    ccmStatus: CcmStatus,
    inForce: z.boolean(),
    signatureDate: IsoDate.nullable(),
    instrumentDate: IsoDate.nullable().openapi({ description: 'Deposit of the instrument of consent.' }),
    instrumentType: z
      .string()
      .nullable()
      .openapi({ description: 'ratification, accession, acceptance, approval or succession.' }),
    entryIntoForce: IsoDate.nullable(),
    initialReportDue: IsoDate.nullable(),
    withdrawal: z.object({ notified: IsoDate.nullable(), effective: IsoDate.nullable() }).nullable(),
    apmbcStatus: z
      .enum(APMBC_STATUSES)
      .openapi({ description: 'Status under the Anti-Personnel Mine Ban Convention.' }),
    sources: z.array(z.string()),
    obligations: z.array(Obligation),
  })
  .openapi('StateDetail');

export const Deadline = z
  .object({
    iso3: z.string(),
    name: z.string(),
    article: Article,
    currentDeadline: IsoDate.nullable(),
    currentDeadlineApprox: PartialDate.nullable(),
    currentDeadlineConfirmed: z.boolean(),
    overdue: z.boolean(),
    decisionNotRecorded: z.boolean().openapi({
      description:
        'The deadline has passed while an extension request is recorded with no decision: not called overdue, since the meeting may have granted it.',
    }),
    within24Months: z.boolean(),
    daysRemaining: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'To the last day the deadline can stand for; negative when overdue.' }),
    pendingExtensionRequest: z.boolean(),
    risk: z.union([RiskSchema, z.null()]).openapi({
      description:
        'The deadline risk of an Article 3 or 4 obligation; null for the initial Article 7 report.',
    }),
  })
  .openapi('Deadline');

export const DeadlineList = z
  .object({
    today: IsoDate,
    ...PageFields,
    deadlines: z.array(Deadline),
  })
  .openapi('DeadlineList');

export type StateSummary = z.infer<typeof StateSummary>;
export type StateList = z.infer<typeof StateList>;
export type ObligationEvent = z.infer<typeof ObligationEvent>;
export type Obligation = z.infer<typeof Obligation>;
export type StateDetail = z.infer<typeof StateDetail>;
export type Deadline = z.infer<typeof Deadline>;
export type DeadlineList = z.infer<typeof DeadlineList>;

// ── Article 7 reports ─────────────────────────────────────────────────────────────────────────

const ReportKind = z
  .enum(['initial', 'annual', 'voluntary'])
  .openapi({ description: 'Kind of Article 7 report.' });
const VersionStatus = z.enum(['draft', 'submitted', 'superseded', 'recalled']).openapi({
  description: 'A draft is visible only to the State and the ISU; a submitted version never changes.',
});
const Channel = z
  .enum(['online', 'email', 'post', 'other'])
  .nullable()
  .openapi({ description: 'How the report reached the Convention (null while a draft).' });

export const ReportVersionSummary = z
  .object({
    number: z.number().int().min(1),
    status: VersionStatus,
    templateId: z.string(),
    submittedAt: z.string().nullable().openapi({ format: 'date-time' }),
    channel: Channel,
    receivedOn: IsoDate.nullable().openapi({
      description:
        'The day it reached the Convention; null while a draft, and for a demonstration report, whose date no source gives.',
    }),
  })
  .openapi('ReportVersionSummary');

const Demonstration = z.boolean().openapi({
  description: 'Demonstration data, built to show how the platform works: not what the State reported.',
});

export const ReportSummary = z
  .object({
    id: z.number().int(),
    iso3: z.string().length(3),
    year: z.number().int().openapi({ description: 'The calendar year the report covers.' }),
    kind: ReportKind,
    demonstration: Demonstration,
    versions: z.array(ReportVersionSummary).openapi({ description: 'The versions the caller may read.' }),
  })
  .openapi('ReportSummary');

export const ReportList = z
  .object({
    iso3: z.string().length(3),
    ...PageFields,
    includesDemonstrationData: z
      .boolean()
      .openapi({ description: 'True when any report in the answer is demonstration data.' }),
    reports: z.array(ReportSummary),
  })
  .openapi('ReportList');

const FormContentSchema = z
  .object({
    status: z.enum(['changed', 'unchanged', 'not_applicable']).nullable(),
    values: z.record(z.string(), z.unknown()).openapi({
      description:
        'Field key → value: text, number, ISO date or null; tables as arrays of rows (column key → value). Keys follow the template definition.',
    }),
  })
  .openapi('ReportFormContent');

export const ReportVersionDetail = ReportVersionSummary.extend({
  reportId: z.number().int(),
  iso3: z.string().length(3),
  year: z.number().int(),
  kind: ReportKind,
  demonstration: Demonstration,
  forms: z
    .record(z.string(), FormContentSchema)
    .openapi({ description: "Form code ('cover', 'A' … 'J') → its content." }),
}).openapi('ReportVersionDetail');

export const ReportVersionParams = z.object({
  id: rowIdOf().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
  number: z.coerce
    .number()
    .int()
    .positive()
    .max(32767)
    .openapi({ param: { name: 'number', in: 'path' }, example: 1 }),
});

// ── International cooperation (computed from Forms I and J) ───────────────────────────────────

export const CooperationQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2009)
    .max(2100)
    .optional()
    .openapi({
      param: { name: 'year', in: 'query' },
      example: 2022,
      description: 'Reporting year; by default the latest with any standing report.',
    }),
});

const CooperationSource = z
  .object({
    reportId: z.number().int(),
    version: z.number().int(),
    form: z.enum(['I', 'J']),
    table: z.enum(['assistanceProvided', 'assistanceReceived', 'needs']),
    row: z.number().int().min(1).openapi({ description: '1-based row of the table.' }),
  })
  .openapi('CooperationSource');

const CooperationState = z
  .object({
    iso3: z.string().length(3),
    name: z.string(),
    sources: z.array(CooperationSource).openapi({ description: 'Every report row behind the entry.' }),
  })
  .openapi('CooperationState');

export const CooperationSummary = z
  .object({
    year: z.number().int(),
    includesDemonstrationData: z.boolean().openapi({
      description: 'True when any report the summary is built from is demonstration data.',
    }),
    areas: z.array(
      z.object({
        area: z.enum(['art3', 'art4', 'art5']),
        providers: z.array(CooperationState),
        recipients: z.array(CooperationState),
        requesters: z.array(CooperationState),
      }),
    ),
    providersAny: z.array(CooperationState),
    recipientsAny: z.array(CooperationState),
    nonParties: z
      .array(
        z.object({
          iso3: z.string().length(3),
          name: z.string(),
          entries: z.array(
            z.object({
              role: z.enum(['providers', 'recipients', 'requesters']),
              area: z.string().nullable(),
              source: CooperationSource,
            }),
          ),
        }),
      )
      .openapi({
        description: 'Voluntary reports of States not party that year, never counted among States Parties.',
      }),
    claims: z
      .array(
        z.object({
          id: z.string(),
          document: z.string(),
          measure: z.string(),
          claimed: z.number().int(),
          named: z.number().int(),
          computed: z.number().int(),
          consistent: z.boolean(),
          problem: z.enum(['claimed_exceeds_named', 'computed_differs']).optional(),
          namedNotComputed: z.array(z.string()),
          computedNotNamed: z.array(z.string()),
        }),
      )
      .openapi({ description: 'Figures printed in published documents checked against the reports.' }),
  })
  .openapi('CooperationSummary');
