import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { translator } from '../../kernel/i18n/index.js';
import { createApiToken } from '../accounts/index.js';
import { needRows } from '../cooperation/testing.js';
import { NeedDetail } from './needs-api.js';
import { ApiError } from './schemas.js';

/*
 * The API's one write (issue 14, point 4): a need added with amounts as people write them, read by
 * the kernel's parser in the request's Content-Language, through the needs module's own verb.
 */
describe.each(engines)('adding a need through the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function setUp(write = true) {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const { token } = await createApiToken(ctxFor(db, fp), { name: 'script', write });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.request('/api/v1/needs', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    return { db, app, post };
  }

  const need = (description: string, estimatedCost: unknown) => ({
    stateIso3: 'LBN',
    area: 'art4',
    description,
    estimatedCost,
    currency: 'USD',
  });

  it('records "1 100 000" in French, "1,100,000" in English and 1100000 as the same amount', async () => {
    const { db, post } = await setUp();
    const fr = await post(need('Survey of the south', '1 100 000'), { 'content-language': 'fr' });
    expect(fr.status).toBe(201);
    const created = NeedDetail.parse(await fr.json());
    expect(fr.headers.get('location')).toBe(`/api/v1/needs/${created.id}`);
    expect(created).toMatchObject({ stateIso3: 'LBN', origin: 'direct', estimatedCost: 1_100_000 });
    const en = await post(need('Survey of the north', '1,100,000'), { 'content-language': 'en' });
    expect(en.status).toBe(201);
    const es = await post(need('Survey of the east', '1.100.000,0'), { 'content-language': 'es-ES' });
    expect(es.status).toBe(201);
    const number = await post(need('Survey of the west', 1_100_000));
    expect(number.status).toBe(201);
    const arabic = await post(need('Survey of the coast', '١٬١٠٠٬٠٠٠'), { 'content-language': 'ar' });
    expect(arabic.status).toBe(201);
    const rows = await needRows(db);
    expect(rows.map((r) => r.estimatedCost)).toEqual([1_100_000, 1_100_000, 1_100_000, 1_100_000, 1_100_000]);
  });

  it('refuses a string that could be read two ways, or not at all, with 400 and the field message', async () => {
    const { db, post } = await setUp();
    for (const [amount, language] of [
      ['1,5', 'en'],
      ['1,100,000', 'fr'],
      ['1.5', 'es'],
      ['1,00,000', 'en'],
      ['US$ 1,000', 'en'],
      ['1e6', 'en'],
    ] as const) {
      const res = await post(need(`Survey ${amount} ${language}`, amount), { 'content-language': language });
      expect(res.status, `${amount} in ${language}`).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = ApiError.parse(await res.json());
      expect(body.error.code).toBe('INPUT.INVALID');
      expect(body.fields?.estimatedCost).toEqual([translator('en')('needs:errors.amount')]);
    }
    // The message in the reader's language.
    const fr = await post(need('Survey', '1,5'), { 'content-language': 'en', 'accept-language': 'fr' });
    expect(ApiError.parse(await fr.json()).fields?.estimatedCost).toEqual([
      translator('fr')('needs:errors.amount'),
    ]);
    // A body that is not JSON, or of the wrong shape, is the client's mistake too.
    expect((await post('{"stateIso3": ')).status).toBe(400);
    expect((await post({ ...need('Survey', '1'), estimatedCost: { value: 1 } })).status).toBe(400);
    expect((await post({ ...need('Survey', '1'), area: 'art99' })).status).toBe(400);
    expect(await needRows(db)).toEqual([]);
  });

  it("refuses another State's need (403), a read-only token (403) and no token (401); nothing written", async () => {
    const { db, app, post } = await setUp();
    const other = await post({ ...need('Survey of Iraq', '1,000'), stateIso3: 'IRQ' });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    const readOnly = await (await setUp(false)).post(need('Survey', '1,000'));
    expect(readOnly.status).toBe(403);
    const anonymous = await app.request('/api/v1/needs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(need('Survey', '1,000')),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json');
    // Without a token, what was sent is not even read: no field's message comes back.
    const anonymousEmpty = await app.request('/api/v1/needs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(anonymousEmpty.status).toBe(401);
    expect(JSON.stringify(await anonymousEmpty.json())).not.toContain('fields');
    expect(await needRows(db)).toEqual([]);
  });

  it('documents the operation, its body and the language of amounts', async () => {
    const { app } = await setUp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
    };
    const op = doc.paths['/api/v1/needs']?.post;
    expect(op?.requestBody).toBeDefined();
    expect(Object.keys(op?.responses ?? {})).toEqual(['201', '400', '401', '403']);
    expect(JSON.stringify(op)).toContain('Content-Language');
  });
});
