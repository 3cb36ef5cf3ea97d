import { describe, expect, it } from 'vitest';
import { makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { demonstrationReportWithNeed, reportWithNeeds } from '../cooperation/testing.js';
import { CooperationSummary, ReportList, ReportVersionDetail } from './schemas.js';

describe.each(engines)('demonstration data in the reports and cooperation API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('marks demonstration reports and versions, gives no assumed received date, and says so in the summary', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const real = await reportWithNeeds(db, isu, {
      iso3: 'LBN',
      year: 2025,
      receivedOn: '2026-04-30',
      rows: [{ area: 'art5', description: 'Victim assistance in the south' }],
    });
    const app = testApp(database());
    const json = async (path: string) => (await app.request(path)).json();

    // Only a State's own report: nothing is demonstration data.
    const lbn = ReportList.parse(await json('/api/v1/states/LBN/reports'));
    expect(lbn.includesDemonstrationData).toBe(false);
    expect(lbn.reports[0]?.demonstration).toBe(false);
    expect(lbn.reports[0]?.versions[0]?.receivedOn).toBe('2026-04-30');
    const v1 = ReportVersionDetail.parse(await json(`/api/v1/reports/${real.reportId}/versions/1`));
    expect(v1.demonstration).toBe(false);
    expect(v1.receivedOn).toBe('2026-04-30');
    const before = CooperationSummary.parse(await json('/api/v1/cooperation/summary?year=2025'));
    expect(before.includesDemonstrationData).toBe(false);

    await demonstrationReportWithNeed(db, 'AFG', '2026-06-01');
    const afg = ReportList.parse(await json('/api/v1/states/AFG/reports'));
    expect(afg.includesDemonstrationData).toBe(true);
    expect(afg.reports[0]?.demonstration).toBe(true);
    // The received date of a demonstration report is a placeholder no source gives: not shown.
    expect(afg.reports[0]?.versions[0]?.receivedOn).toBeNull();
    const demoId = afg.reports[0]?.id;
    const demoV1 = ReportVersionDetail.parse(await json(`/api/v1/reports/${demoId}/versions/1`));
    expect(demoV1.demonstration).toBe(true);
    expect(demoV1.receivedOn).toBeNull();
    expect(ReportList.parse(await json('/api/v1/states/LBN/reports')).includesDemonstrationData).toBe(false);

    const after = CooperationSummary.parse(await json('/api/v1/cooperation/summary?year=2025'));
    expect(after.includesDemonstrationData).toBe(true);
  });
});
