import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { ensureDemoCooperation } from '../cooperation/index.js';
import { CooperationSummary } from './schemas.js';

const codes = (list: Array<{ iso3: string }>) => list.map((s) => s.iso3).sort();
const sorted = (s: string) => s.split(' ').sort();

describe.each(engines)('cooperation summary in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('returns the lists per Article and the checked claims, defaulting to the latest year', async () => {
    const { db } = database();
    await ensureDemoCooperation(db);
    const app = testApp(database());
    for (const path of ['/api/v1/cooperation/summary?year=2022', '/api/v1/cooperation/summary']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const body = CooperationSummary.parse(await res.json());
      expect(body.year).toBe(2022);
      const area = (a: string) => body.areas.find((x) => x.area === a);
      expect(codes(area('art3')?.providers ?? [])).toEqual(sorted('AUS CAN IRL ITA'));
      expect(area('art4')?.providers).toHaveLength(17);
      expect(area('art5')?.providers).toHaveLength(12);
      expect(codes(area('art5')?.requesters ?? [])).toEqual(sorted('AFG BIH TCD IRQ LAO LBN MRT MNE SOM'));
      expect(codes(body.recipientsAny)).toHaveLength(11);
      expect(body.nonParties.map((n) => n.iso3)).toEqual(['SSD']);
      expect(body.claims.find((c) => c.id === '11MSP-51-providers')).toMatchObject({
        claimed: 20,
        named: 18,
        computed: 18,
        consistent: false,
        problem: 'claimed_exceeds_named',
      });
    }
    const bad = await app.request('/api/v1/cooperation/summary?year=abc');
    expect(bad.status).toBe(400);
  });
});
