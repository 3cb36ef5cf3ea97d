import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { AppEnv } from '../../kernel/http.js';
import {
  actionItemStatuses,
  getMeeting,
  listMeetings,
  listOfficeHolders,
  type MeetingSummary,
  type MeetingView,
  meetingKinds,
  officeAreas,
  officeKinds,
  ownerKinds,
  statementTags,
  statementTopics,
} from '../calendar/index.js';
import {
  invalidPage,
  json,
  malformedMeetingCode,
  problemResponse,
  readOperation,
  unknownFilter,
} from './operations.js';
import { PageFields, PageQuery, pageOf } from './paging.js';
import { queryFilter } from './params.js';
import { fieldsNamedBy } from './present.js';
import { IsoDate, PartialDate } from './schemas.js';

/*
 * The Convention's meetings in the JSON API: public reads. A field no source gives is null (or an
 * empty list), never guessed. The paths belong to no token area yet (`areas.ts`), as no area's
 * label covers them: a token limited to some areas may read them, as anyone may.
 */

export const MeetingsQuery = z.object({
  kind: queryFilter(z.enum(meetingKinds), 'kind', 'Only meetings of this kind.', 'msp'),
  ...PageQuery,
});

export const MeetingCodeParams = z.object({
  code: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'calendar:errors.code')
    .openapi({ param: { name: 'code', in: 'path', description: 'The meeting’s code.' }, example: '11MSP' }),
});

const StateRef = z
  .object({ iso3: z.string().openapi({ example: 'IRQ' }), name: z.string() })
  .openapi('StateRef');

const MeetingSummarySchema = z
  .object({
    code: z.string().openapi({ example: '11MSP' }),
    kind: z.enum(meetingKinds),
    title: z.string(),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    venue: z.string().nullable(),
    presidingState: StateRef.nullable(),
    president: z.string().nullable(),
    hosts: z
      .array(z.object({ iso3: z.string().nullable(), name: z.string() }))
      .openapi({ description: 'States (with their code) and organisations that hosted the meeting.' }),
    reportingWindow: z
      .object({ from: IsoDate, to: IsoDate, censusDate: IsoDate.nullable() })
      .nullable()
      .openapi({
        description:
          'For an MSP: the period its Progress Report covers and the day its figures are counted; null when not known.',
      }),
    openActionItems: z.number().int(),
    href: z.string().openapi({ description: 'The meeting on the website.' }),
  })
  .openapi('MeetingSummary');

const ActionItemSchema = z
  .object({
    id: z.number().int(),
    what: z.string(),
    ownerKind: z.enum(ownerKinds),
    owner: z.string().nullable().openapi({ description: 'A State’s code, or a name; null for the ISU.' }),
    dueOn: PartialDate.nullable(),
    status: z.enum(actionItemStatuses).openapi({ description: '`not_known`: the record gives no status.' }),
    note: z.string().nullable(),
    source: z.string().nullable(),
    states: z.array(StateRef),
  })
  .openapi('ActionItem');

export const MeetingDetail = MeetingSummarySchema.extend({
  agenda: z.array(z.string()),
  documents: z.array(
    z.object({
      symbol: z.string().nullable().openapi({ example: 'CCM/MSP/2023/1' }),
      title: z.string(),
      href: z.string().nullable(),
    }),
  ),
  participants: z.object({
    total: z.number().int().nullable(),
    approximate: z.boolean(),
    note: z.string().nullable(),
  }),
  participation: z
    .object({
      statusOn: IsoDate.nullable().openapi({
        description: 'The day each State’s status is read for: the first day.',
      }),
      figures: z.object({
        delegations: z.number().int(),
        delegates: z.number().int(),
        statePartyDelegations: z.number().int(),
        statePartyDelegates: z.number().int(),
        womenStatePartyDelegates: z.number().int(),
        genderNotKnownStatePartyDelegates: z.number().int(),
        delegationsHeadedByWomen: z.number().int(),
        delegationsWithHead: z.number().int(),
        statesNotPartyPresent: z.number().int(),
        delegationsWithSurvivors: z.number().int(),
        statePartyDelegationsWithSurvivors: z.number().int(),
      }),
      delegations: z.array(
        z.object({
          iso3: z.string().nullable(),
          organisation: z.string().nullable(),
          name: z.string(),
          status: z
            .enum(['state_party', 'signatory', 'not_party', 'withdrawn', 'observer'])
            .nullable()
            .openapi({ description: 'On the first day; null when that day is not known.' }),
          head: z
            .object({ name: z.string(), gender: z.enum(['woman', 'man', 'other', 'not_known']) })
            .nullable(),
          members: z.number().int(),
          women: z.number().int(),
          survivors: z.number().int(),
        }),
      ),
    })
    .openapi({
      description:
        'From the imported list of participants. Who is a survivor is not published, only how many per delegation.',
    }),
  statements: z.array(
    z.object({
      id: z.number().int(),
      state: StateRef.nullable(),
      organisation: z.string().nullable(),
      topic: z.enum(statementTopics),
      summary: z.string(),
      tags: z.array(z.enum(statementTags)),
      href: z.string().nullable(),
      source: z.string().nullable(),
    }),
  ),
  summary: z.string().nullable(),
  keyPoints: z.array(z.string()),
  actionItems: z.array(ActionItemSchema),
  registryFacts: z
    .array(
      z.object({
        iso3: z.string(),
        stateName: z.string(),
        article: z.number().int(),
        kind: z.string(),
        outcome: z.string().nullable(),
        newDeadline: PartialDate.nullable(),
        occurredOn: PartialDate.nullable(),
        source: z.string().nullable(),
        decisionRecorded: z.boolean().openapi({
          description:
            'False for an extension request considered here whose decision is not recorded with this meeting.',
        }),
      }),
    )
    .openapi({
      description: 'Facts of the States registry recorded with this meeting (requests, decisions).',
    }),
  notes: z.string().nullable(),
  sources: z.array(z.string()),
}).openapi('Meeting');

export const MeetingList = z
  .object({ ...PageFields, meetings: z.array(MeetingSummarySchema) })
  .openapi('MeetingList');

function presentSummary(m: MeetingSummary): z.infer<typeof MeetingSummarySchema> {
  return {
    ...fieldsNamedBy(MeetingSummarySchema, m),
    href: `/meetings/${m.code}`,
  };
}

export function presentMeeting(m: MeetingView): z.infer<typeof MeetingDetail> {
  return {
    ...presentSummary(m),
    agenda: m.agenda,
    documents: m.documents,
    participants: {
      total: m.participantsTotal,
      approximate: m.participantsApproximate,
      note: m.participationNote,
    },
    participation: {
      statusOn: m.participation.statusOn,
      figures: m.participation.figures,
      delegations: m.participation.delegations.map((d) => ({
        iso3: d.stateIso3,
        organisation: d.organisation,
        name: d.name,
        status: d.status,
        head: d.head,
        members: d.members,
        women: d.women,
        survivors: d.survivors,
      })),
    },
    statements: m.statements,
    summary: m.summary,
    keyPoints: m.keyPoints,
    actionItems: m.actionItems.map((a) => ({
      id: a.id,
      what: a.what,
      ownerKind: a.ownerKind,
      owner: a.owner,
      dueOn: a.dueOn,
      status: a.status,
      note: a.note,
      source: a.source,
      states: a.states,
    })),
    registryFacts: m.decisions,
    notes: m.notes,
    sources: m.sources,
  };
}

export const listMeetingsOperation = readOperation({
  path: '/v1/meetings',
  operationId: 'listMeetings',
  tags: ['Meetings'],
  summary: 'List meetings',
  description:
    'The Convention’s meetings, the latest first: kind, dates, venue, presidency, hosts and, for an MSP, its reporting window.',
  request: { query: MeetingsQuery },
  responses: {
    200: json(MeetingList, 'The meetings.'),
    400: unknownFilter,
  },
});

export const getMeetingOperation = readOperation({
  path: '/v1/meetings/{code}',
  operationId: 'getMeeting',
  tags: ['Meetings'],
  summary: 'Get one meeting',
  description:
    'One meeting with its agenda, documents, participation, summary, key points, action items, the registry facts recorded with it, and its sources.',
  request: { params: MeetingCodeParams },
  responses: {
    200: json(MeetingDetail, 'The meeting.'),
    400: malformedMeetingCode,
    404: problemResponse('No meeting with this code.'),
  },
});

export const OfficeHolderList = z
  .object({
    ...PageFields,
    officeHolders: z.array(
      z.object({
        office: z.enum(officeKinds),
        area: z
          .enum(officeAreas)
          .nullable()
          .openapi({ description: 'A thematic Coordinator’s area; null for other offices.' }),
        state: StateRef.nullable(),
        personName: z.string().nullable(),
        gender: z
          .enum(['woman', 'man', 'other', 'not_known'])
          .openapi({ description: '`not_known` unless a source gives it.' }),
        periodFrom: z
          .string()
          .nullable()
          .openapi({ description: 'A meeting’s code or a date; null when not known.' }),
        periodTo: z
          .string()
          .nullable()
          .openapi({ description: 'A meeting’s code or a date; null when not known.' }),
        source: z.object({ title: z.string(), href: z.string().nullable() }),
        corrected: z.boolean().openapi({
          description:
            'True when the ISU corrected the record after it was first recorded: the values are the corrected ones. Withdrawn records are not listed.',
        }),
      }),
    ),
  })
  .openapi('OfficeHolderList');

export const listOfficeHoldersOperation = readOperation({
  path: '/v1/office-holders',
  operationId: 'listOfficeHolders',
  tags: ['Meetings'],
  summary: 'List office holders',
  description:
    'Who held the Convention’s offices (President, President-designate, thematic Coordinators, Coordination Committee, gender focal points), for which period, on which source.',
  request: { query: z.object(PageQuery) },
  responses: {
    200: json(OfficeHolderList, 'The office holders, grouped by office.'),
    400: invalidPage,
  },
});

export function registerMeetingsApi(api: OpenAPIHono<AppEnv>, deps: { db: Db }) {
  api.openapi(listMeetingsOperation, async (c) => {
    const rows = await listMeetings(deps.db, { kind: c.req.valid('query').kind });
    const { page, ...paging } = pageOf(c, rows, (m) => m.code);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ ...paging, meetings: page.map(presentSummary) }, 200);
  });

  api.openapi(listOfficeHoldersOperation, async (c) => {
    const rows = await listOfficeHolders(deps.db);
    const { page, ...paging } = pageOf(c, rows, (h) => String(h.id));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(
      {
        ...paging,
        officeHolders: page.map((h) => ({
          office: h.office,
          area: h.area,
          state: h.state,
          personName: h.personName,
          gender: h.gender,
          periodFrom: h.periodFrom,
          periodTo: h.periodTo,
          source: h.source,
          corrected: h.corrections.length > 0,
        })),
      },
      200,
    );
  });

  api.openapi(getMeetingOperation, async (c) => {
    const meeting = await getMeeting(deps.db, c.req.valid('param').code);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(presentMeeting(meeting), 200);
  });
}
