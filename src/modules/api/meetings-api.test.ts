import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { seedCalendar } from '../calendar/index.js';
import { MeetingDetail, MeetingList } from './meetings-api.js';

describe.each(engines)('meetings in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists the meetings and gives one with its window, documents, follow-ups and registry facts', async () => {
    await seedCalendar(database().db);
    const app = testApp(database());

    const list = MeetingList.parse(await (await app.request('/api/v1/meetings')).json());
    expect(list.count).toBe(13);
    expect(list.meetings[0]).toMatchObject({
      code: '13MSP',
      presidingState: { iso3: 'PHL' },
      href: '/meetings/13MSP',
    });
    const msps = MeetingList.parse(await (await app.request('/api/v1/meetings?kind=msp')).json());
    expect(msps.meetings.map((m) => m.code)).toEqual(['13MSP', '12MSP', '11MSP', '10MSP', '9MSP']);
    expect((await app.request('/api/v1/meetings?kind=party')).status).toBe(400);

    const res = await app.request('/api/v1/meetings/11MSP');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const msp = MeetingDetail.parse(await res.json());
    expect(msp).toMatchObject({
      startsOn: '2023-09-11',
      endsOn: '2023-09-14',
      reportingWindow: { from: '2022-07-01', to: '2023-06-30', censusDate: '2023-06-30' },
    });
    expect(msp.documents.map((d) => d.symbol)).toContain('CCM/MSP/2023/1');
    const iraq = msp.registryFacts.find((f) => f.iso3 === 'IRQ');
    expect(iraq).toMatchObject({ kind: 'extension_requested', decisionRecorded: false });

    const june = MeetingDetail.parse(await (await app.request('/api/v1/meetings/ICA-2018-06-08')).json());
    expect(june.participants).toMatchObject({ total: 16, approximate: true });
    expect(june.venue).toBeNull();
    expect(june.statements.find((st) => st.state?.iso3 === 'TCD')?.tags).toEqual(['requested_assistance']);
    expect(june.participation).toMatchObject({
      statusOn: '2018-06-08',
      delegations: [],
      figures: { delegates: 0 },
    });
    expect(june.actionItems.map((a) => a.status)).toEqual(['not_known', 'not_known', 'not_known']);

    const missing = await app.request('/api/v1/meetings/NOPE');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe(
      'CALENDAR.MEETING_NOT_FOUND',
    );
    expect((await app.request('/api/v1/meetings/bad%20code')).status).toBe(400);

    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/meetings', '/api/v1/meetings/{code}']),
    );
  });
});
