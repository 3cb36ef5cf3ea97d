import { describe, expect, it } from 'vitest';
import { ctxFor, lebanonFocalPoint, signedIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';

type StatesPage = { count: number; total: number; next: string | null; states: Array<{ iso3: string }> };

describe.each(engines)('API paging, ETags, CORS and problem details on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('pages a list with limit and cursor, in a stable order, until next is null', async () => {
    const app = testApp(database());
    const whole = (await (await app.request('/api/v1/states')).json()) as StatesPage;
    expect(whole.next).toBeNull();
    expect(whole.count).toBe(whole.total);
    const seen: string[] = [];
    let url: string | null = '/api/v1/states?limit=50&status=state_party';
    let pages = 0;
    while (url) {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      const body = (await res.json()) as StatesPage;
      expect(body.count).toBe(body.states.length);
      expect(body.count).toBeLessThanOrEqual(50);
      if (body.next) expect(res.headers.get('link')).toBe(`<${body.next}>; rel="next"`);
      else expect(res.headers.get('link')).toBeNull();
      seen.push(...body.states.map((s) => s.iso3));
      url = body.next;
      pages++;
    }
    const parties = (await (await app.request('/api/v1/states?status=state_party')).json()) as StatesPage;
    expect(pages).toBe(Math.ceil(parties.total / 50));
    expect(seen).toEqual(parties.states.map((s) => s.iso3));
    // The filter travels with the cursor.
    expect(seen.length).toBe(parties.total);
  });

  it('every list operation takes limit and cursor and answers total and next', async () => {
    const app = testApp(database());
    const lists = [
      '/api/v1/states',
      '/api/v1/deadlines',
      '/api/v1/states/LBN/reports',
      '/api/v1/coalitions',
      '/api/v1/directory',
      '/api/v1/directory/LBN',
      '/api/v1/ledger',
      '/api/v1/rates',
      '/api/v1/meetings',
      '/api/v1/office-holders',
      '/api/v1/needs',
      '/api/v1/good-practices',
      '/api/v1/work-plans',
    ];
    for (const path of lists) {
      const res = await app.request(`${path}?limit=1`);
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as { count: number; total: number; next: string | null };
      expect(body.count, path).toBeLessThanOrEqual(1);
      expect(body.next === null, path).toBe(body.total <= 1);
    }
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters?: Array<{ name: string }> } }>;
    };
    for (const path of lists) {
      const template = path.replace('/LBN', '/{iso3}');
      const names = doc.paths[template]?.get.parameters?.map((p) => p.name) ?? [];
      expect(names, template).toEqual(expect.arrayContaining(['limit', 'cursor']));
    }
  });

  it('refuses a bad limit or cursor as a 400 problem', async () => {
    const app = testApp(database());
    for (const url of ['/api/v1/states?limit=0', '/api/v1/states?limit=5000', '/api/v1/states?cursor=@@@']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-type'), url).toBe('application/problem+json');
      const body = (await res.json()) as { code: string; fields: Record<string, string[]> };
      expect(body.code).toBe('INPUT.INVALID');
      expect(Object.keys(body.fields)).toEqual([url.includes('cursor') ? 'cursor' : 'limit']);
    }
  });

  it('answers reads with an ETag and 304 when unchanged', async () => {
    const app = testApp(database());
    const first = await app.request('/api/v1/states/LBN');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request('/api/v1/states/LBN', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await app.request('/api/v1/states/FRA', { headers: { 'if-none-match': etag! } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('lets any origin read public answers, without credentials, and never personal ones', async () => {
    const { app, db, user, cookie } = await signedIn(database(), lebanonFocalPoint);
    const open = await app.request('/api/v1/states', { headers: { origin: 'https://example.org' } });
    expect(open.headers.get('access-control-allow-origin')).toBe('*');
    expect(open.headers.get('access-control-allow-credentials')).toBeNull();
    expect(open.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await app.request('/api/v1/states', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const { token } = await createApiToken(ctxFor(db, user), { name: 'script' });
    const withToken = await app.request('/api/v1/states/LBN/reports', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('access-control-allow-origin')).toBeNull();
    const withSession = await app.request('/api/v1/needs', { headers: { cookie } });
    expect(withSession.headers.get('access-control-allow-origin')).toBeNull();
    expect(withSession.headers.get('vary')).toContain('Authorization');
  });

  it('errors are problem details with the stable code, and the earlier error object', async () => {
    const app = testApp(database());
    const res = await app.request('/api/v1/states/ZZZ');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' });
    expect(body.detail).toEqual(expect.any(String));
    expect(body.error).toEqual({ code: 'NOT_FOUND', message: body.detail });
    const post = await app.request('/api/v1/states', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-type')).toBe('application/problem+json');
    expect(((await post.json()) as { code: string }).code).toBe('API.READ_ONLY');
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    };
    expect(Object.keys(doc.paths['/api/v1/states/{iso3}']!.get.responses['404']!.content)).toEqual([
      'application/problem+json',
    ]);
  });
});
