import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { createApiToken } from '../accounts/index.js';
import { seedCalendar } from '../calendar/index.js';
import { createPractice, seedGoodPractices } from '../practices/index.js';
import { PracticeList, PracticeSchema } from './practices-api.js';

describe.each(engines)('good practices in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists and gives the published practices with their sources; proposals only to those who may see them', async () => {
    const { db } = database();
    await seedCalendar(db);
    await seedGoodPractices(db);
    const app = testApp(database());

    const res = await app.request('/api/v1/good-practices');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const all = PracticeList.parse(await res.json());
    expect(all.count).toBe(5);
    const botswana = all.practices.find((p) => p.states.some((s) => s.iso3 === 'BWA'));
    expect(botswana).toMatchObject({
      language: 'en',
      lapAction: 42,
      date: '2017-10',
      source: { kind: 'meeting_statement', reference: 'ICA-2018-06-08' },
      href: `/good-practices/${botswana?.id}`,
    });
    const q = PracticeList.parse(
      await (await app.request('/api/v1/good-practices?q=TRIANGULAR&action=39')).json(),
    );
    expect(q.practices.map((p) => p.texts.en?.title)).toEqual(['South–south and triangular cooperation']);
    const bwa = PracticeList.parse(await (await app.request('/api/v1/good-practices?state=bwa')).json());
    expect(bwa.count).toBe(1);
    expect((await app.request('/api/v1/good-practices?area=nope')).status).toBe(400);
    expect((await app.request('/api/v1/good-practices?action=51')).status).toBe(400);

    const one = PracticeSchema.parse(
      await (await app.request(`/api/v1/good-practices/${botswana?.id}`)).json(),
    );
    expect(one.partners).toEqual(['Norwegian People’s Aid (NPA)']);
    expect((await app.request('/api/v1/good-practices/999999')).status).toBe(404);
    expect((await app.request('/api/v1/good-practices/0')).status).toBe(400);

    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const proposal = await createPractice(ctxFor(db, fp), {
      area: 'victim_assistance',
      language: 'en',
      texts: { en: { title: 'Peer support', done: 'Survivors trained survivors.', achieved: null } },
      states: ['LBN'],
      partners: [],
      sourceKind: 'document',
      sourceReference: 'A document',
      sourceTitle: 'A document title',
    });
    expect((await app.request(`/api/v1/good-practices/${proposal.id}`)).status).toBe(404);
    const { token } = await createApiToken(ctxFor(db, fp), { name: 'script' });
    const headers = { authorization: `Bearer ${token}` };
    expect((await app.request(`/api/v1/good-practices/${proposal.id}`, { headers })).status).toBe(200);
    expect(
      PracticeList.parse(await (await app.request('/api/v1/good-practices', { headers })).json()).count,
    ).toBe(6);

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/good-practices', '/api/v1/good-practices/{id}']),
    );
  });
});
