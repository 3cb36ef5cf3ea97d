import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { reportWithFormF } from '../../../test/reports.js';
import { createApiToken } from '../accounts/index.js';
import { amendReport } from '../reports/index.js';
import { ReportList, ReportVersionDetail } from './schemas.js';

describe.each(engines)('reports in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('shows submitted versions to everyone and drafts only to the State and the ISU', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const other = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const r = await reportWithFormF(
      ctxFor(db, fp),
      { iso3: 'LBN', year: 2025 },
      { totalRemainingArea: 1250000 },
      { submit: true },
    );
    await amendReport(ctxFor(db, fp), { reportId: r.reportId });
    const app = testApp(database());
    const bearer = async (actor: typeof fp) => ({
      authorization: `Bearer ${(await createApiToken(ctxFor(db, actor), { name: 't' })).token}`,
    });

    const pub = ReportList.parse(await (await app.request('/api/v1/states/lbn/reports')).json());
    expect(pub.reports[0]?.versions.map((v) => [v.number, v.status])).toEqual([[1, 'submitted']]);
    const own = ReportList.parse(
      await (await app.request('/api/v1/states/LBN/reports', { headers: await bearer(fp) })).json(),
    );
    expect(own.reports[0]?.versions.map((v) => v.status)).toEqual(['submitted', 'draft']);

    const v1 = await app.request(`/api/v1/reports/${r.reportId}/versions/1`);
    expect(v1.status).toBe(200);
    const body = ReportVersionDetail.parse(await v1.json());
    expect(body.forms.F?.values.totalRemainingArea).toBe(1250000);
    expect(body).toMatchObject({ iso3: 'LBN', year: 2025, status: 'submitted', channel: 'online' });

    expect((await app.request(`/api/v1/reports/${r.reportId}/versions/2`)).status).toBe(401);
    expect(
      (await app.request(`/api/v1/reports/${r.reportId}/versions/2`, { headers: await bearer(other) }))
        .status,
    ).toBe(403);
    expect(
      (await app.request(`/api/v1/reports/${r.reportId}/versions/2`, { headers: await bearer(fp) })).status,
    ).toBe(200);
    expect((await app.request(`/api/v1/reports/${r.reportId}/versions/9`)).status).toBe(404);
    expect((await app.request('/api/v1/reports/abc/versions/1')).status).toBe(400);
    expect((await app.request('/api/v1/states/ZZZ/reports')).status).toBe(404);
  });

  it('documents the report operations in the OpenAPI document', async () => {
    const doc = (await (await testApp(database()).request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/states/{iso3}/reports', '/api/v1/reports/{id}/versions/{number}']),
    );
  });
});
