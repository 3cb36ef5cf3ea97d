import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { isoDay } from '../../kernel/clock.js';
import { getStateView, listDeadlines } from '../states/index.js';
import { createReport } from './create-report.js';
import { submitReport } from './submit-report.js';

describe.each(engines)('an initial report on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it("closes the State's Article 7 initial-report deadline when submitted, and only then", async () => {
    const { db } = database();
    const today = isoDay(TEST_NOW);
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'NGA' });
    const before = await getStateView(db, 'NGA', today);
    expect(before.obligations.find((o) => o.article === 7)?.status).toBe('open');

    const created = await createReport(ctxFor(db, fp), { iso3: 'NGA', year: 2023 });
    expect(created.kind).toBe('initial');
    // A draft does not count.
    expect(
      (await listDeadlines(db, today)).some((r) => r.state.iso3 === 'NGA' && r.obligation.article === 7),
    ).toBe(true);

    await submitReport(ctxFor(db, fp), {
      reportId: created.reportId,
      versionId: created.versionId,
      lockVersion: 0,
    });
    const after = await getStateView(db, 'NGA', today);
    const art7 = after.obligations.find((o) => o.article === 7);
    expect(art7).toMatchObject({ status: 'completed', completedOn: today });
    expect(
      (await listDeadlines(db, today)).some((r) => r.state.iso3 === 'NGA' && r.obligation.article === 7),
    ).toBe(false);
  });
});
