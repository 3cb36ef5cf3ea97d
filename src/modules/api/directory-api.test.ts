import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';
import { addEntry } from '../directory/index.js';
import { DirectoryList } from './directory-api.js';

const entry = (over: Record<string, unknown>) => ({
  stateIso3: 'LBN',
  area: 'clearance',
  name: 'Test Contact',
  languages: ['en'],
  official: false,
  published: false,
  ...over,
});

describe.each(engines)('the directory in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('answers each caller with what it may see, never cached', async () => {
    const { db } = database();
    const app = testApp(database());
    const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const coordinator = await makeUser(db, { role: 'coordinator', stateIso3: 'DEU' });
    await addEntry(ctxFor(db, fpLbn), entry({ name: 'Private one' }));
    await addEntry(ctxFor(db, fpLbn), entry({ name: 'Official one', official: true, area: 'cooperation' }));
    await addEntry(
      ctxFor(db, fpLbn),
      entry({ name: 'Published one', published: true, area: 'victim_assistance' }),
    );

    const as = async (path: string, who?: typeof fpLbn) => {
      const headers: Record<string, string> = {};
      if (who)
        headers.authorization = `Bearer ${(await createApiToken(ctxFor(db, who), { name: 'script' })).token}`;
      const res = await app.request(path, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      return DirectoryList.parse(await res.json());
    };
    const pub = await as('/api/v1/directory');
    expect(pub).toMatchObject({ reach: 'published', count: 1 });
    expect(pub.entries[0]).toMatchObject({ name: 'Published one', state: { iso3: 'LBN', name: 'Lebanon' } });
    // By area in the vocabulary's order: victim assistance before cooperation.
    expect((await as('/api/v1/directory/lbn', fpChl)).entries.map((e) => e.name)).toEqual([
      'Published one',
      'Official one',
    ]);
    expect((await as('/api/v1/directory/LBN', fpLbn)).count).toBe(3);
    const all = await as('/api/v1/directory?area=clearance', coordinator);
    expect(all).toMatchObject({ reach: 'all', count: 1 });
    expect(all.entries[0]?.name).toBe('Private one');
    expect((await as('/api/v1/directory/CHL')).count).toBe(0);
    expect((await app.request('/api/v1/directory/ZZZ')).status).toBe(404);
    expect((await app.request('/api/v1/directory/12')).status).toBe(400);
    expect((await app.request('/api/v1/directory?area=nope')).status).toBe(400);

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/directory', '/api/v1/directory/{iso3}']),
    );
  });
});
