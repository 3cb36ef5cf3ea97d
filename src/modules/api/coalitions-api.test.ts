import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';
import { seedCoalitionsWithUnpublished } from '../coalitions/testing.js';
import { CoalitionDetail, CoalitionList } from './coalitions-api.js';

describe.each(engines)('Country Coalitions in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('gives the public the published coalitions, with dormancy computed, and a token holder what its role may see', async () => {
    const { db } = database();
    const { isu } = await seedCoalitionsWithUnpublished(db);
    const app = testApp(database());

    const res = await app.request('/api/v1/coalitions');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const list = CoalitionList.parse(await res.json());
    expect(list.today).toBe('2026-11-23');
    expect(list.coalitions.map((c) => [c.state.iso3, c.status, c.storedStatus, c.lapsed])).toEqual([
      ['BIH', 'dormant', 'active', true],
      ['BWA', 'dormant', 'active', true],
      ['LBN', 'dormant', 'active', true],
      ['MRT', 'proposed', 'proposed', false],
    ]);
    const botswana = list.coalitions[1];
    expect(botswana).toMatchObject({
      establishedOn: '2017-10',
      lastConfirmedOn: '2018-06-08',
      confirmedUntil: '2019-06-08',
      areas: ['art3'],
      members: [{ kind: 'operator', iso3: null, name: 'Norwegian People’s Aid (NPA)' }],
    });
    expect(list.coalitions[3]?.members).toEqual([
      { kind: 'state', iso3: 'FRA', name: 'France', role: 'responded favourably' },
    ]);

    const lebanon = list.coalitions[2]!;
    const one = CoalitionDetail.parse(await (await app.request(`/api/v1/coalitions/${lebanon.id}`)).json());
    expect(one.meetings).toEqual([
      expect.objectContaining({ code: 'ICA-2018-06-08', href: '/meetings/ICA-2018-06-08' }),
    ]);
    expect(one.actionItems).toHaveLength(3);
    expect(one.needs).toEqual([]);
    expect(one.flows).toEqual([]);
    expect(one.source).toContain('§39, §57');

    const unpublished = await app.request('/api/v1/coalitions/5');
    expect(unpublished.status).toBe(404);
    expect(((await unpublished.json()) as { error: { code: string } }).error.code).toBe(
      'COALITIONS.NOT_FOUND',
    );
    expect((await app.request('/api/v1/coalitions/abc')).status).toBe(400);

    // The ISU's token sees the unpublished one; a Chilean focal point its own State's; a partner does not.
    const { token } = await createApiToken(ctxFor(db, isu), { name: 'script' });
    const all = CoalitionList.parse(
      await (
        await app.request('/api/v1/coalitions', { headers: { authorization: `Bearer ${token}` } })
      ).json(),
    );
    expect(all.coalitions.map((c) => c.state.iso3)).toEqual(['BIH', 'BWA', 'CHL', 'LBN', 'MRT']);
    const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const chile = (await createApiToken(ctxFor(db, fpChl), { name: 'script' })).token;
    expect(
      (await app.request('/api/v1/coalitions/5', { headers: { authorization: `Bearer ${chile}` } })).status,
    ).toBe(200);
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const npa = (await createApiToken(ctxFor(db, partner), { name: 'script' })).token;
    expect(
      (await app.request('/api/v1/coalitions/5', { headers: { authorization: `Bearer ${npa}` } })).status,
    ).toBe(404);

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/coalitions', '/api/v1/coalitions/{id}']),
    );
  });
});
