import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../kernel/http.js';
import { bearerAuth, buildDocument, listOperations } from './document.js';
import { operations } from './operations.js';

/** The document of the real operations, without a database: handlers are never called here. */
function documentOfOperations() {
  const api = new OpenAPIHono<AppEnv>();
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', bearerAuth);
  for (const op of operations) api.openapi(op, (c) => c.json({} as never, 200));
  return buildDocument(api);
}

describe('the generated document', () => {
  it('prefixes every path with the mount point and keeps servers relative', () => {
    const doc = documentOfOperations();
    expect(Object.keys(doc.paths ?? {})).toEqual([
      '/api/v1/states',
      '/api/v1/states/{iso3}',
      '/api/v1/deadlines',
      '/api/v1/states/{iso3}/reports',
      '/api/v1/reports/{id}/versions/{number}',
      '/api/v1/cooperation/summary',
    ]);
    expect(doc.servers).toEqual([{ url: '/' }]);
  });

  it('lists each operation with its parameters, responses and a followable example link', () => {
    const ops = listOperations(documentOfOperations());
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /api/v1/states',
      'GET /api/v1/states/{iso3}',
      'GET /api/v1/deadlines',
      'GET /api/v1/states/{iso3}/reports',
      'GET /api/v1/reports/{id}/versions/{number}',
      'GET /api/v1/cooperation/summary',
    ]);
    const [list, one, deadlines] = ops;
    expect(list?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['status', 'query', false],
      ['region', 'query', false],
      ['asOf', 'query', false],
      ['limit', 'query', false],
      ['cursor', 'query', false],
    ]);
    expect(list?.parameters[0]?.values).toEqual(['state_party', 'signatory', 'not_party', 'withdrawn']);
    expect(list?.tryHref).toBe('/api/v1/states');
    expect(one?.parameters[0]).toMatchObject({ name: 'iso3', in: 'path', required: true, example: 'LBN' });
    expect(one?.tryHref).toBe('/api/v1/states/LBN');
    expect(one?.responses.map((r) => [r.status, r.schema, r.mediaType])).toEqual([
      ['200', 'StateDetail', 'application/json'],
      ['400', 'Problem', 'application/problem+json'],
      ['401', 'Problem', 'application/problem+json'],
      ['404', 'Problem', 'application/problem+json'],
    ]);
    expect(one?.parameters.map((p) => p.name)).toEqual(['iso3', 'asOf']);
    expect(deadlines?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['asOf', 'query', false],
      ['limit', 'query', false],
      ['cursor', 'query', false],
    ]);
    expect(deadlines?.summary).not.toBe('');
  });
});
