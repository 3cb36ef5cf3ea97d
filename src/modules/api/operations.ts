import { createRoute, type z } from '@hono/zod-openapi';
import { ApiError, DeadlineList, Iso3Params, StateDetail, StateList, StatesQuery } from './schemas.js';

/*
 * Every operation of the API. Paths are relative to the sub-app, which app.ts mounts at /api;
 * the document adds that prefix (see document.ts).
 */

/** Reads are public; a bearer token is accepted and checked but never required (`{}` = no auth). */
const optionalBearer: Array<Record<string, string[]>> = [{}, { bearerAuth: [] }];

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const invalidToken = json(ApiError, 'A bearer token was sent but is unknown or revoked.');

export const listStatesOperation = createRoute({
  method: 'get',
  path: '/v1/states',
  operationId: 'listStates',
  tags: ['States'],
  summary: 'List States',
  description:
    'Every State in the registry, by name, with its treaty status, entry into force and the earliest open deadline.',
  security: optionalBearer,
  request: { query: StatesQuery },
  responses: {
    200: json(StateList, 'The States matching the filters.'),
    400: json(ApiError, 'A filter has an unknown value.'),
    401: invalidToken,
  },
});

export const getStateOperation = createRoute({
  method: 'get',
  path: '/v1/states/{iso3}',
  operationId: 'getState',
  tags: ['States'],
  summary: 'Get one State',
  description:
    'A State with its treaty dates and each obligation: original and current deadline, pending extension request and the history of events behind them.',
  security: optionalBearer,
  request: { params: Iso3Params },
  responses: {
    200: json(StateDetail, 'The State.'),
    400: json(ApiError, 'The code is not three letters.'),
    401: invalidToken,
    404: json(ApiError, 'No State has this code.'),
  },
});

export const listDeadlinesOperation = createRoute({
  method: 'get',
  path: '/v1/deadlines',
  operationId: 'listDeadlines',
  tags: ['Deadlines'],
  summary: 'List open treaty deadlines',
  description:
    'Open time-bound obligations of States Parties (Articles 3 and 4, initial Article 7 report), most urgent first. A deadline known only to the month or year sorts as its first day.',
  security: optionalBearer,
  responses: {
    200: json(DeadlineList, 'The open deadlines.'),
    401: invalidToken,
  },
});

export const operations = [listStatesOperation, getStateOperation, listDeadlinesOperation] as const;
