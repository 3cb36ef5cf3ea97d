import { describe, expect, it } from 'vitest';
import { TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { ensureDemoData } from '../cooperation/index.js';
import { RISK_NOW, riskScenario } from '../risk/testing.js';
import { DeadlineList, StateDetail } from './schemas.js';

describe.each(engines)('deadline risk in the API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('answers the projection and the early warning in the API', async () => {
    await riskScenario(database().db);
    const app = testApp(database(), { now: RISK_NOW });
    const lbn = StateDetail.parse(await (await app.request('/api/v1/states/LBN')).json());
    const art4 = lbn.obligations.find((o) => o.article === 4);
    expect(art4?.risk).toMatchObject({
      status: 'off_track',
      includesDemonstrationData: false,
      remaining: [
        {
          quantity: 'area',
          value: 1_300_000,
          source: { year: 2024, form: 'F', field: 'remainingContaminatedArea' },
        },
      ],
      earlyWarning: {
        meeting: { code: '13MSP', startsOn: '2025-09-16' },
        submitBy: '2024-12-16',
        submitByPassed: true,
        rule: 'Art 4(6)',
      },
    });
    expect(art4?.risk?.rates.map((r) => [r.year, r.value, r.source.table])).toEqual([
      [2022, 100_000, 'clearedInPeriod'],
      [2023, 100_000, 'clearedInPeriod'],
      [2024, 100_000, 'clearedInPeriod'],
    ]);
    // Article 5 has no deadline, so no projection.
    expect(lbn.obligations.find((o) => o.article === 5)?.risk ?? null).toBeNull();

    const list = DeadlineList.parse(await (await app.request('/api/v1/deadlines')).json());
    const tcd = list.deadlines.find((d) => d.iso3 === 'TCD' && d.article === 4);
    expect(tcd?.risk).toMatchObject({ status: 'off_track', reasons: ['remaining_grew', 'no_progress'] });
    expect(tcd?.risk?.completion).toMatchObject({ expected: null, latest: null });
    const chl = list.deadlines.find((d) => d.iso3 === 'CHL' && d.article === 4);
    expect(chl?.risk).toMatchObject({
      status: 'not_enough_data',
      missing: [{ what: 'reports', quantity: null }],
    });
  });

  it('on the demonstration data, gives every open Article 3 and 4 deadline a projection or the data it lacks', async () => {
    await ensureDemoData(database().db, TEST_NOW);
    const app = testApp(database());
    const list = DeadlineList.parse(await (await app.request('/api/v1/deadlines')).json());
    const open = list.deadlines.filter((d) => d.article === 3 || d.article === 4);
    expect(open.length).toBeGreaterThan(0);
    for (const d of open) {
      const r = d.risk;
      expect(r, `${d.iso3} Art ${d.article}`).not.toBeNull();
      expect(r!.status === 'not_enough_data' ? r!.missing.length > 0 : r!.remaining.length > 0, d.iso3).toBe(
        true,
      );
    }
    expect(list.deadlines.filter((d) => d.article === 7).every((d) => d.risk === null)).toBe(true);
    expect(open.find((d) => d.iso3 === 'LBN')?.risk).toMatchObject({ includesDemonstrationData: true });
  });
});
