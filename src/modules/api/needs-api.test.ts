import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, signIn, TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';
import { ensureDemoNeeds, ensureDemoOffers, needRows, reportWithNeeds } from '../cooperation/testing.js';
import { NeedDetail, NeedList } from './needs-api.js';

describe.each(engines)('needs in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('says when an answer, the needs page or the offers page includes demonstration data', async () => {
    const { db } = database();
    const app = testApp(database());
    const empty = (await (await app.request('/api/v1/needs')).json()) as {
      includesDemonstrationData: boolean;
    };
    expect(empty.includesDemonstrationData).toBe(false);
    expect(await (await app.request('/cooperation/needs')).text()).not.toContain('data-demonstration');
    await ensureDemoNeeds(db, TEST_NOW);
    await ensureDemoOffers(db, TEST_NOW);
    const body = (await (await app.request('/api/v1/needs')).json()) as {
      includesDemonstrationData: boolean;
    };
    expect(body.includesDemonstrationData).toBe(true);
    expect(await (await app.request('/cooperation/needs')).text()).toContain('data-demonstration="true"');
    // Offers are for signed-in people only.
    const isu = await makeUser(db, { role: 'isu' });
    const cookie = await signIn(app, isu.email);
    const offers = await app.request('/cooperation/offers', { headers: { cookie } });
    expect(await offers.text()).toContain('data-demonstration="true"');
  });

  it('gives the public consented current needs only, a token holder every need', async () => {
    const { db } = database();
    await ensureDemoNeeds(db, TEST_NOW);
    const isu = await makeUser(db, { role: 'isu' });
    // A need read from a report, not published: carries its report row.
    const r = await reportWithNeeds(db, isu, {
      iso3: 'CHL',
      year: 2025,
      receivedOn: '2026-04-20',
      rows: [{ area: 'art4', description: 'Survey of the training areas' }],
    });
    const app = testApp(database());

    const pub = await app.request('/api/v1/needs');
    expect(pub.status).toBe(200);
    expect(pub.headers.get('cache-control')).toBe('private, no-store');
    const pubBody = NeedList.parse(await pub.json());
    expect(pubBody.needs.map((n) => n.stateIso3).sort()).toEqual(['BIH', 'LAO', 'LBN', 'LBN']);
    expect(pubBody.needs.every((n) => n.isPublic && n.status !== 'lapsed')).toBe(true);

    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const { token } = await createApiToken(ctxFor(db, partner), { name: 'script' });
    const headers = { authorization: `Bearer ${token}` };
    const all = NeedList.parse(await (await app.request('/api/v1/needs', { headers })).json());
    expect(all.count).toBe(7);
    const fromReport = all.needs.find((n) => n.description === 'Survey of the training areas');
    expect(fromReport).toMatchObject({
      origin: 'report',
      isPublic: false,
      status: 'open',
      source: { reportId: r.reportId, version: 1, form: 'J', table: 'needs', row: 1 },
    });
    expect(fromReport?.source?.href).toBe(`/reports/${r.reportId}/versions/1#row-J-needs-1`);

    const filtered = NeedList.parse(
      await (await app.request('/api/v1/needs?state=lbn&area=art5', { headers })).json(),
    );
    expect(filtered.needs.map((n) => [n.stateIso3, n.area])).toEqual([['LBN', 'art5']]);
    const lapsed = NeedList.parse(
      await (await app.request('/api/v1/needs?status=lapsed', { headers })).json(),
    );
    expect(lapsed.needs.map((n) => n.stateIso3)).toEqual(['IRQ']);
    expect((await app.request('/api/v1/needs?status=lapsed')).status).toBe(200);
    expect(NeedList.parse(await (await app.request('/api/v1/needs?status=lapsed')).json()).count).toBe(0);
    expect((await app.request('/api/v1/needs?area=art99')).status).toBe(400);

    // One need: the public gets 404 for what it may not see.
    const rows = await needRows(db);
    const irq = rows.find((n) => n.stateIso3 === 'IRQ');
    const lao = rows.find((n) => n.stateIso3 === 'LAO');
    expect((await app.request(`/api/v1/needs/${irq?.id}`)).status).toBe(404);
    expect((await app.request(`/api/v1/needs/${fromReport?.id}`)).status).toBe(404);
    const one = NeedDetail.parse(await (await app.request(`/api/v1/needs/${lao?.id}`)).json());
    expect(one).toMatchObject({ stateIso3: 'LAO', href: `/cooperation/needs/${lao?.id}` });
    expect(one.evidence.missing).toEqual(['nationalContribution']);
    expect((await app.request(`/api/v1/needs/${irq?.id}`, { headers })).status).toBe(200);
    expect((await app.request('/api/v1/needs/0')).status).toBe(400);
    expect((await app.request('/api/v1/needs/999999', { headers })).status).toBe(404);
    expect((await app.request('/api/v1/needs', { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
  });

  it('documents both operations in the OpenAPI document', async () => {
    const app = testApp(database());
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/needs', '/api/v1/needs/{id}']));
  });
});
