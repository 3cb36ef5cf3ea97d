import { describe, expect, it } from 'vitest';
import { appSignedInAs } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { demonstrationReportWithNeed, lebanonReportedNeed, needRows } from './testing.js';

describe.each(engines)('needs read from a demonstration report on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('are demonstration data on the needs list, the need page, the downloads and the API', async () => {
    const { db } = database();
    const { isu, need: real } = await lebanonReportedNeed(db, {
      area: 'art5',
      description: 'Victim assistance in the south',
    });
    const { get } = await appSignedInAs(database(), isu);

    // Only a State's own need: nothing says "demonstration".
    expect(await (await get('/cooperation/needs')).text()).not.toContain('data-demonstration');
    expect(await (await get(`/cooperation/needs/${real.id}`)).text()).not.toContain('data-demonstration');
    const plainCsv = (await (await get('/cooperation/needs.csv')).text()).trim().split('\r\n');
    expect(plainCsv[0]).toContain('Demonstration data');
    expect(plainCsv.slice(1).some((l) => l.endsWith(',yes'))).toBe(false);
    const plainApi = (await (await get('/api/v1/needs')).json()) as {
      includesDemonstrationData: boolean;
      needs: Array<{ demonstration: boolean }>;
    };
    expect(plainApi.includesDemonstrationData).toBe(false);
    expect(plainApi.needs.map((n) => n.demonstration)).toEqual([false]);

    await demonstrationReportWithNeed(db, 'AFG', '2026-06-01');
    const demo = (await needRows(db)).find((n) => n.stateIso3 === 'AFG');
    expect(demo?.origin).toBe('report');

    const list = await (await get('/cooperation/needs')).text();
    expect(list).toContain('data-demonstration="true"');
    expect(list).toMatch(
      new RegExp(`data-need="${demo?.id}"[\\s\\S]*?<span class="badge muted">Demonstration data</span>`),
    );
    const page = await (await get(`/cooperation/needs/${demo?.id}`)).text();
    expect(page).toContain('data-demonstration="true"');
    // The State's own need still says nothing.
    expect(await (await get(`/cooperation/needs/${real.id}`)).text()).not.toContain('data-demonstration');

    const csv = (await (await get('/cooperation/needs.csv')).text()).trim().split('\r\n');
    const afg = csv.find((l) => l.includes(',AFG,'));
    const lbn = csv.find((l) => l.includes(',LBN,'));
    expect(afg?.endsWith(',yes')).toBe(true);
    expect(lbn?.endsWith(',yes')).toBe(false);
    const xlsx = await get('/cooperation/needs.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');

    const api = (await (await get('/api/v1/needs')).json()) as {
      includesDemonstrationData: boolean;
      needs: Array<{ stateIso3: string; demonstration: boolean }>;
    };
    expect(api.includesDemonstrationData).toBe(true);
    expect(api.needs.find((n) => n.stateIso3 === 'AFG')?.demonstration).toBe(true);
    expect(api.needs.find((n) => n.stateIso3 === 'LBN')?.demonstration).toBe(false);
    const one = (await (await get(`/api/v1/needs/${demo?.id}`)).json()) as { demonstration: boolean };
    expect(one.demonstration).toBe(true);
  });
});
