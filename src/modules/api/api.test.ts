import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, type TestApp, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';
import { listStateNames } from '../states/index.js';
import {
  ApiError,
  DeadlineList,
  type Obligation,
  StateDetail,
  type StateDetail as StateDetailType,
  StateList,
  StateSummary,
} from './schemas.js';

async function getJson(app: TestApp, path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  // Answers are JSON; errors are JSON problem details (RFC 9457).
  expect(res.headers.get('content-type')).toMatch(
    res.ok ? /^application\/json/ : /^application\/problem\+json$/,
  );
  return { res, body: (await res.json()) as unknown };
}

async function state(app: TestApp, iso3: string): Promise<StateDetailType> {
  const { res, body } = await getJson(app, `/api/v1/states/${iso3}`);
  expect(res.status).toBe(200);
  return StateDetail.parse(body);
}

function article(s: StateDetailType, n: Obligation['article']): Obligation {
  const o = s.obligations.find((x) => x.article === n);
  if (!o) throw new Error(`${s.iso3} has no Article ${n} obligation`);
  return o;
}

describe.each(engines)('API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('serves each State with its treaty dates and computed obligations', async () => {
    const app = testApp(database());
    const lbn = await state(app, 'LBN');
    expect(lbn).toMatchObject({ ccmStatus: 'state_party', entryIntoForce: '2011-05-01', withdrawal: null });
    // `name` stays English; `names` gives the UN short name in each language.
    expect(lbn).toMatchObject({
      name: 'Lebanon',
      names: { en: 'Lebanon', fr: 'Liban', es: 'Líbano', ar: 'لبنان' },
    });
    expect(article(lbn, 4)).toMatchObject({
      status: 'open',
      currentDeadline: '2026-05-01',
      currentDeadlineApprox: null,
      currentDeadlineConfirmed: true,
    });
    // The 13MSP request has no recorded decision, so it is still pending.
    expect(article(lbn, 4).pendingExtensionRequest).toMatchObject({
      kind: 'extension_requested',
      meeting: '13MSP',
    });
    expect(article(await state(app, 'CHL'), 4).currentDeadline).toBe('2026-06-01');
    expect(await state(app, 'NGA')).toMatchObject({
      entryIntoForce: '2023-08-01',
      initialReportDue: '2024-01-28',
    });
    const ltu = await state(app, 'LTU');
    expect(ltu.ccmStatus).toBe('withdrawn');
    expect(ltu.withdrawal?.effective).toBe('2025-03-06');
    expect(article(await state(app, 'BIH'), 4).status).toBe('completed');
    // Known only to the year: never a guessed full date.
    expect(article(await state(app, 'AFG'), 4)).toMatchObject({
      currentDeadline: null,
      currentDeadlineApprox: '2026',
      currentDeadlineConfirmed: false,
    });
  });

  it('gives each fact its declaration and the document it is recorded in, where recorded', async () => {
    const app = testApp(database());
    const events = async (iso3: string, n: Obligation['article']) =>
      article(await state(app, iso3), n).events;
    // Bulgaria completed its stockpile destruction in June 2023 and declared it at the 11MSP.
    const bgr = (await events('BGR', 3)).find((e) => e.kind === 'completion_declared');
    expect(bgr).toMatchObject({
      occurredOn: '2023-06',
      declaredOn: '2023-09-12',
      declarationMeeting: '11MSP',
      document: null,
    });
    // A decision with its final report; a request with its analysis; other facts carry none.
    const tcd = (await events('TCD', 4)).find((e) => e.kind === 'extension_decided' && e.meeting === '12MSP');
    expect(tcd?.document).toMatchObject({
      symbol: 'CCM/MSP/2024/11',
      url: 'https://www.clusterconvention.org/12msp/',
    });
    expect(tcd?.document?.title).toContain('final report');
    expect(tcd).toMatchObject({ declaredOn: null, declarationMeeting: null });
    expect(article(await state(app, 'LBN'), 4).pendingExtensionRequest?.document).toMatchObject({
      symbol: 'CCM/MSP/2025/5',
    });
    const undocumented = (await events('BGR', 3)).filter((e) => e.kind === 'extension_requested');
    expect(undocumented.length).toBeGreaterThan(0);
    expect(undocumented.every((e) => e.document === null && e.declaredOn === null)).toBe(true);
    // As of a day before the completion, it is not yet in the history.
    const before = StateDetail.parse(await (await app.request('/api/v1/states/BGR?asOf=2022-12-31')).json());
    expect(article(before, 3).events.some((e) => e.declarationMeeting === '11MSP')).toBe(false);
  });

  it('accepts a lowercase code and answers with exactly the schema fields', async () => {
    const app = testApp(database());
    const { res, body } = await getJson(app, '/api/v1/states/lbn');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const lbn = StateDetail.parse(body);
    expect(lbn.iso3).toBe('LBN');
    // parse() strips unknown keys, so compare the raw keys: nothing leaks from the registry rows.
    expect(Object.keys(body as object).sort()).toEqual(Object.keys(StateDetail.shape).sort());
  });

  it('every State in the registry validates against the detail schema', async () => {
    const app = testApp(database());
    const names = await listStateNames(database().db);
    expect(names).toHaveLength(169);
    for (const { iso3 } of names) await state(app, iso3);
  });

  it('lists States with filters, and validates the list', async () => {
    const app = testApp(database());
    const all = await getJson(app, '/api/v1/states');
    const list = StateList.parse(all.body);
    expect(list.count).toBe(169);
    expect(list.states).toHaveLength(169);
    const first = (all.body as { states: object[] }).states[0]!;
    expect(Object.keys(first).sort()).toEqual(Object.keys(StateSummary.shape).sort());

    const parties = StateList.parse((await getJson(app, '/api/v1/states?status=state_party')).body);
    expect(parties.count).toBe(112);
    expect(parties.states.every((s) => s.ccmStatus === 'state_party')).toBe(true);

    const asia = StateList.parse((await getJson(app, '/api/v1/states?region=Asia')).body);
    expect(asia.count).toBeGreaterThan(0);
    expect(asia.states.every((s) => s.unRegion === 'Asia')).toBe(true);

    const afg = parties.states.find((s) => s.iso3 === 'AFG');
    expect(afg).toMatchObject({ openObligations: 1, nextDeadline: '2026' });
  });

  it('lists open deadlines of States Parties, most urgent first', async () => {
    const app = testApp(database());
    const { res, body } = await getJson(app, '/api/v1/deadlines');
    expect(res.status).toBe(200);
    const list = DeadlineList.parse(body);
    expect(list.today).toBe('2026-11-23');
    expect(list.count).toBe(list.deadlines.length);
    expect(list.count).toBeGreaterThan(0);
    // Most urgent first: by days left (to a partial deadline's last day), so every overdue one leads.
    const days = list.deadlines.map((d) => d.daysRemaining ?? Number.POSITIVE_INFINITY);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    // Every passed deadline (overdue, or its extension decision not recorded) leads.
    const passed = list.deadlines.map((d) => d.overdue || d.decisionNotRecorded);
    expect(passed.slice(passed.indexOf(false))).not.toContain(true);
    const lbn = list.deadlines.find((d) => d.iso3 === 'LBN' && d.article === 4);
    expect(lbn).toMatchObject({
      currentDeadline: '2026-05-01',
      overdue: false,
      decisionNotRecorded: true,
      within24Months: false,
      pendingExtensionRequest: true,
    });
    const tcd = list.deadlines.find((d) => d.iso3 === 'TCD' && d.article === 4);
    expect(tcd).toMatchObject({ overdue: true, decisionNotRecorded: false });
    expect(lbn?.daysRemaining).toBeLessThan(0);
    const afg = list.deadlines.find((d) => d.iso3 === 'AFG' && d.article === 4);
    // A year-only deadline counts to its last day: not overdue before 2027.
    expect(afg).toMatchObject({ currentDeadline: null, currentDeadlineApprox: '2026', overdue: false });
    expect(list.deadlines.every((d) => d.currentDeadline === null || d.currentDeadlineApprox === null)).toBe(
      true,
    );
  });

  it('answers bad input with 400 JSON and an unknown State with 404 JSON, never 500', async () => {
    const app = testApp(database());
    const notFound = await getJson(app, '/api/v1/states/ZZZ');
    expect(notFound.res.status).toBe(404);
    expect(ApiError.parse(notFound.body).error.code).toBe('NOT_FOUND');
    expect(notFound.res.headers.get('cache-control')).toBeNull();

    const malformed = await getJson(app, '/api/v1/states/12');
    expect(malformed.res.status).toBe(400);
    const err = ApiError.parse(malformed.body).error;
    expect(err.code).toBe('INPUT.INVALID');
    expect(err.message).toContain('three-letter');
    expect(err.fields?.iso3).toHaveLength(1);

    const bogus = await getJson(app, '/api/v1/states?status=bogus');
    expect(bogus.res.status).toBe(400);
    expect(ApiError.parse(bogus.body).error.fields?.status?.[0]).toContain('state_party');

    for (const path of [
      '/api/v1/states/LBNX',
      '/api/v1/states/%00%00%00',
      '/api/v1/states/L%20N',
      '/api/v1/states?status=',
      '/api/v1/states?region=',
      '/api/v1/states?status=signatory&status=withdrawn',
      `/api/v1/states?region=${'x'.repeat(500)}`,
      '/api/v1/nothing',
    ]) {
      const { res, body } = await getJson(app, path);
      expect([400, 404], path).toContain(res.status);
      ApiError.parse(body);
    }
  });

  it('is read-only: an anonymous write gets 405 JSON and changes nothing', async () => {
    const app = testApp(database());
    const before = await getJson(app, '/api/v1/states/LBN');
    for (const [method, path] of [
      ['POST', '/api/v1/states'],
      ['PUT', '/api/v1/states/LBN'],
      ['PATCH', '/api/v1/states/LBN'],
      ['DELETE', '/api/v1/states/LBN'],
      ['POST', '/api/v1/deadlines'],
      ['PUT', '/api/v1/needs'],
      ['DELETE', '/api/v1/needs/1'],
      ['POST', '/api/v1/ledger'],
      ['PUT', '/api/v1/rates'],
    ] as const) {
      const { res, body } = await getJson(app, path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ iso3: 'XXA', name: 'Nowhere', ccmStatus: 'state_party' }),
      });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(path === '/api/v1/needs' ? 'GET, HEAD, POST' : 'GET, HEAD');
      expect(ApiError.parse(body).error.code).toBe('API.READ_ONLY');
    }
    expect((await getJson(app, '/api/v1/states/LBN')).body).toEqual(before.body);
    expect(StateList.parse((await getJson(app, '/api/v1/states')).body).count).toBe(169);
    expect((await app.request('/api/v1/states/XXA')).status).toBe(404);
  });

  it('accepts a valid bearer token and refuses an unknown one with 401 JSON', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const { token } = await createApiToken(ctxFor(db, fp), { name: 'script' });
    const app = testApp(database());
    const ok = await getJson(app, '/api/v1/deadlines', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.res.status).toBe(200);
    DeadlineList.parse(ok.body);
    const bad = await getJson(app, '/api/v1/deadlines', { headers: { authorization: 'Bearer nope' } });
    expect(bad.res.status).toBe(401);
    expect(ApiError.parse(bad.body).error.code).toBe('AUTH.TOKEN_INVALID');
  });

  it('publishes the generated OpenAPI document with the three paths and their schemas', async () => {
    const app = testApp(database());
    const { res, body } = await getJson(app, '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const doc = body as {
      openapi: string;
      info: { title: string; version: string };
      servers: Array<{ url: string }>;
      paths: Record<string, { get: { responses: Record<string, { content: unknown }>; security: unknown } }>;
      components: { schemas: Record<string, { type: unknown }>; securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(doc.servers).toEqual([{ url: '/' }]);
    const expected = {
      '/api/v1/states': 'StateList',
      '/api/v1/states/{iso3}': 'StateDetail',
      '/api/v1/deadlines': 'DeadlineList',
    };
    for (const [path, schema] of Object.entries(expected)) {
      const op = doc.paths[path]?.get;
      expect(op, path).toBeDefined();
      expect(op!.responses['200']!.content).toEqual({
        'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
      });
      expect(op!.security).toEqual([{}, { bearerAuth: [] }]);
      expect(doc.components.schemas[schema]?.type).toBe('object');
    }
    expect(doc.paths['/api/v1/states/{iso3}']!.get.responses['404']).toBeDefined();
    // A shared component must not turn nullable because one field that uses it is.
    expect(doc.components.schemas.ObligationEvent?.type).toBe('object');
    const event = doc.components.schemas.ObligationEvent as unknown as {
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    for (const field of ['declaredOn', 'declarationMeeting', 'document']) {
      expect(event.required, field).toContain(field);
      expect(event.properties[field]?.description, field).toBeTruthy();
    }
    expect(JSON.stringify(event.properties.document)).toContain('"symbol"');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      description: expect.stringContaining('/account'),
    });
  });

  it('renders the docs page as plain HTML listing every operation', async () => {
    const app = testApp(database());
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    // The page shell shows who is signed in, so it must not sit in a shared cache.
    expect(res.headers.get('cache-control')).toBeNull();
    const html = await res.text();
    for (const path of ['/api/v1/states', '/api/v1/states/{iso3}', '/api/v1/deadlines']) {
      expect(html).toContain(`GET ${path}</code>`);
    }
    expect(html).toContain('href="/api/openapi.json"');
    expect(html).toContain('href="/api/v1/states/LBN"');
    expect(html).toContain('href="/account"');
    expect(html).toContain('Bearer');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/api:docs\./); // every key has a catalogue entry
  });
});
