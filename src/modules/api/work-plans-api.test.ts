import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { seedCalendar } from '../calendar/index.js';
import { seedWorkPlans } from '../workplans/index.js';
import { WorkPlanDetail, WorkPlanList } from './work-plans-api.js';

describe.each(engines)('work plans in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists the work plans and gives one with its activities, quarters, links and sources, to anyone', async () => {
    await seedCalendar(database().db);
    await seedWorkPlans(database().db);
    const app = testApp(database());

    const res = await app.request('/api/v1/work-plans');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const list = WorkPlanList.parse(await res.json());
    expect(list.workPlans.map((p) => [p.cycle, p.toMeeting, p.activities])).toEqual([
      ['2022–2023', '11MSP', 18],
      ['2017–2018', '8MSP', 12],
    ]);
    expect(list.workPlans[0]!.byStatus).toMatchObject({ done: 5, not_known: 13 });

    const one = WorkPlanDetail.parse(
      await (await app.request(list.workPlans[0]!.href.replace('/work-plans', '/api/v1/work-plans'))).json(),
    );
    expect(one.budget).toEqual({
      amount: null,
      currency: null,
      note: 'Limited costs, mainly for envisaged meetings (seed 000 §5)',
    });
    expect(one.objectives[0]!.source).toBe('seed 000 §2(a)');
    const report = one.activityList.find((a) => a.quarters.includes('2023-Q3'));
    expect(report).toMatchObject({
      title: 'Report on activities undertaken during the year to the 11MSP',
      status: 'not_known',
      meetings: [{ code: '11MSP', href: '/meetings/11MSP' }],
    });

    const missing = await app.request('/api/v1/work-plans/9999');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('WORKPLANS.NOT_FOUND');
    expect((await app.request('/api/v1/work-plans/abc')).status).toBe(400);

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/work-plans', '/api/v1/work-plans/{id}']),
    );
  });
});
