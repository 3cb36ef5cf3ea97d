import { describe, expect, it } from 'vitest';
import { makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { demonstrationReportWithNeed, reportWithNeeds } from '../cooperation/needs/testing.js';

describe.each(engines)('a State’s reports page with demonstration reports on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('says so, badges the report and gives no assumed received date; a State’s own list says nothing', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await reportWithNeeds(db, isu, { iso3: 'LBN', year: 2025, receivedOn: '2026-04-30' });
    await demonstrationReportWithNeed(db, 'AFG', '2026-06-01');
    const app = testApp(database());

    const lbn = await (await app.request('/states/LBN/reports')).text();
    expect(lbn).not.toContain('data-demonstration');
    expect(lbn).toContain('30 April 2026');

    const afg = await (await app.request('/states/AFG/reports')).text();
    expect(afg).toContain('data-demonstration="true"');
    expect(afg).toContain('<span class="badge muted">Demonstration data</span>');
    expect(afg).toContain('not known (demonstration report)');
    expect(afg).not.toContain('June 2026');
  });
});
