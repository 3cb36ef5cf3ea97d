import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { PageQuery } from './paging.js';
import {
  ApiError,
  AsOfPageQuery,
  AsOfQuery,
  CooperationQuery,
  CooperationSummary,
  DeadlineList,
  Iso3Params,
  ReportList,
  ReportVersionDetail,
  ReportVersionParams,
  StateDetail,
  StateList,
  StatesQuery,
} from './schemas.js';

/*
 * Every operation of the API. Paths are relative to the sub-app, which app.ts mounts at /api;
 * the document adds that prefix (see document.ts).
 */

/** Reads are public; a bearer token is accepted and checked but never required (`{}` = no auth). */
export const optionalBearer: Array<Record<string, string[]>> = [{}, { bearerAuth: [] }];

/** A JSON response of `schema`, as the document describes it. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** An error answer, as RFC 9457 problem details. */
export const problemResponse = (description: string) => ({
  content: { 'application/problem+json': { schema: ApiError } },
  description,
});

/** The answers several operations give to the same mistake. */
export const invalidPage = problemResponse('The limit or cursor is not valid.');
export const unknownFilter = problemResponse('A filter has an unknown value.');
export const badFilter = problemResponse('A filter has a bad value.');
export const invalidRowNumber = problemResponse('The number is not a positive whole number.');
export const invalidIso3 = problemResponse('The code is not three letters.');
export const unknownState = problemResponse('No State has this code.');
export const malformedMeetingCode = problemResponse('The code is malformed.');

/** The refusals of an operation on the one State its path names by code. */
export const stateRefusals = { 400: invalidIso3, 404: unknownState };

/** The 401 answer of every operation that accepts a bearer token. */
export const invalidToken = problemResponse('A bearer token was sent but is unknown or revoked.');

/**
 * A read of the API: a GET that is public (a bearer token accepted and checked, never required),
 * answering unknown tokens with 401 unless the operation says otherwise.
 */
export const readOperation = <const R extends Omit<RouteConfig, 'method' | 'security'>>(route: R) =>
  createRoute({
    method: 'get',
    security: optionalBearer,
    ...route,
    responses: { 401: invalidToken, ...route.responses },
  });

export const listStatesOperation = readOperation({
  path: '/v1/states',
  operationId: 'listStates',
  tags: ['States'],
  summary: 'List States',
  description:
    'Every State in the registry, by name, with its treaty status, entry into force and the earliest open deadline.',
  request: { query: StatesQuery },
  responses: {
    200: json(StateList, 'The States matching the filters.'),
    400: unknownFilter,
  },
});

export const getStateOperation = readOperation({
  path: '/v1/states/{iso3}',
  operationId: 'getState',
  tags: ['States'],
  summary: 'Get one State',
  description:
    "A State with its treaty dates and each obligation: original and current deadline, pending extension request and the history of events behind them; for an open Article 3 or 4 obligation, its deadline risk projected from the State's Article 7 reports (every figure with its report row) and, when off track within 24 months of the deadline, the early warning.",
  request: { params: Iso3Params, query: AsOfQuery },
  responses: {
    200: json(StateDetail, 'The State.'),
    ...stateRefusals,
  },
});

export const listDeadlinesOperation = readOperation({
  path: '/v1/deadlines',
  operationId: 'listDeadlines',
  tags: ['Deadlines'],
  summary: 'List open treaty deadlines',
  description:
    "Open time-bound obligations of States Parties (Articles 3 and 4, initial Article 7 report), most urgent first. A deadline known only to the month or year sorts as its first day. Articles 3 and 4 carry their deadline risk projected from the State's Article 7 reports.",
  request: { query: AsOfPageQuery },
  responses: {
    200: json(DeadlineList, 'The open deadlines.'),
    400: problemResponse('asOf is not a date.'),
  },
});

export const listStateReportsOperation = readOperation({
  path: '/v1/states/{iso3}/reports',
  operationId: 'listStateReports',
  tags: ['Reports'],
  summary: "List a State's Article 7 reports",
  description:
    "The State's reports, newest year first, with the versions the caller may read: submitted and superseded versions for everyone; drafts and recalled versions only for the State's focal points and the ISU (send a bearer token).",
  request: { params: Iso3Params, query: z.object(PageQuery) },
  responses: {
    200: json(ReportList, 'The reports.'),
    ...stateRefusals,
  },
});

export const getReportVersionOperation = readOperation({
  path: '/v1/reports/{id}/versions/{number}',
  operationId: 'getReportVersion',
  tags: ['Reports'],
  summary: 'Get one version of a report with its content',
  description:
    "The content of every form of one version, as typed values keyed by the template definition. A draft needs a bearer token of the State's focal point or the ISU.",
  request: { params: ReportVersionParams },
  responses: {
    200: json(ReportVersionDetail, 'The version.'),
    400: problemResponse('The identifiers are not positive whole numbers.'),
    401: problemResponse('A draft was asked for without a token, or the token is unknown.'),
    403: problemResponse('The caller may not read this version.'),
    404: problemResponse('No such report or version.'),
  },
});

export const getCooperationSummaryOperation = readOperation({
  path: '/v1/cooperation/summary',
  operationId: 'getCooperationSummary',
  tags: ['Cooperation'],
  summary: 'Who provided, received and requested assistance in a year',
  description:
    'Computed from the standing Article 7 reports of the year (Forms I and J): per Article 3, 4 and 5 the States that provided, received and requested assistance, each with the report rows behind it, and published figures checked against these lists.',
  request: { query: CooperationQuery },
  responses: {
    200: json(CooperationSummary, 'The summary.'),
    400: problemResponse('The year is not a whole number between 2009 and 2100.'),
  },
});

export const operations = [
  listStatesOperation,
  getStateOperation,
  listDeadlinesOperation,
  listStateReportsOperation,
  getReportVersionOperation,
  getCooperationSummaryOperation,
] as const;
