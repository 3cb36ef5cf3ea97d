import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../test/app.js';
import { engines } from '../../../test/db.js';
import { database11MSP } from '../../../test/progress.js';
import type { Database } from '../../db/client.js';
import { createReport, saveForm, submitReport } from '../reports/index.js';
import { WindowNotRecordedError } from './errors.js';
import type { Figure } from './model.js';
import { progressReportFor } from './queries.js';
import { loadSnapshot, windowOf } from './snapshot.js';

const countedOf = (f: Figure) =>
  f.evidence
    .filter((e) => e.counted)
    .map((e) => e.iso3)
    .sort();

describe.each(engines)('the 11MSP report from the data on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await database11MSP(engine);
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('reads the window the calendar records for the 11MSP', async () => {
    expect(await windowOf(database.db, '11MSP')).toEqual({
      meeting: '11MSP',
      meetingStartsOn: '2023-09-11',
      from: '2022-07-01',
      to: '2023-06-30',
      census: '2023-06-30',
    });
    await expect(windowOf(database.db, 'NOPE')).rejects.toBeInstanceOf(WindowNotRecordedError);
  });

  it('reads the registry as of the census date: 111 States Parties by deposit, 110 in force (seed 004 §12, §67)', async () => {
    const s = await loadSnapshot(database.db, await windowOf(database.db, '11MSP'));
    const parties = s.states.filter((st) => st.status === 'state_party');
    expect(parties).toHaveLength(111);
    expect(parties.filter((st) => st.inForce)).toHaveLength(110);
  });

  it('answers all 82 indicators, counting what the registry and the demonstration reports hold', async () => {
    const r = await progressReportFor(database.db, '11MSP');
    expect(r.indicators).toHaveLength(82);
    expect(r.includesDemonstrationData).toBe(true);
    const f = (id: string) => r.indicators.find((i) => i.id === id)?.computed as Figure;
    // §39, §57: the two Country Coalitions in place (Botswana's was last confirmed in 2018;
    // Mauritania's is proposed).
    expect([f('LAP42').value, countedOf(f('LAP42'))]).toEqual([2, ['BIH', 'LBN']]);
    // §12: Nigeria deposited its instrument in the window; §65: South Sudan's voluntary report.
    expect(countedOf(f('LAP10a'))).toEqual(['NGA']);
    expect(countedOf(f('LAP10c'))).toEqual(['SSD']);
    // §53–55: the States Parties seeking assistance for Articles 3, 4 and 5, ten in all.
    expect(countedOf(f('LAP41b'))).toEqual([
      'AFG',
      'BIH',
      'IRQ',
      'LAO',
      'LBN',
      'MNE',
      'MRT',
      'PER',
      'SOM',
      'TCD',
    ]);
    // §51–52 name 18 providers and 11 recipients: 29 States Parties (the seed prints 31).
    expect(f('LAP40').value).toBe(29);
    expect(f('LAP3a').value).toBe(18);
    // The demonstration reports' day of receipt is not known: the 30 April count is unknown, not 0.
    expect(f('LAP43')).toMatchObject({ value: null, noData: 'receivedDatesUnknown' });
    // Every report basis says it rests on demonstration data.
    const bases = f('LAP40').evidence.flatMap((e) => e.bases);
    expect(bases.length).toBeGreaterThan(0);
    // …and that its day of receipt is not known (the stored day is a placeholder no source gives).
    for (const b of bases)
      expect(b).toMatchObject({ kind: 'report', demonstration: true, year: 2022, receivedOn: null });
  });

  it('leaves out a report received after the census date, and counts it in the next window', async () => {
    const isu = await makeUser(database.db, { role: 'isu' });
    const ctx = ctxFor(database.db, isu);
    const created = await createReport(ctx, { iso3: 'ALB', year: 2022, kind: 'annual' });
    const saved = await saveForm(ctx, {
      reportId: created.reportId,
      versionId: created.versionId,
      lockVersion: 0,
      form: 'I',
      status: 'changed',
      values: {
        assistanceProvided: [
          {
            recipient: 'Lao PDR',
            area: 'art4',
            type: null,
            amount: null,
            currency: null,
            channel: null,
            year: 2022,
            inResponseToRequest: null,
          },
        ],
      },
    });
    await submitReport(ctx, {
      reportId: created.reportId,
      versionId: created.versionId,
      lockVersion: saved.lockVersion,
      channel: 'email',
      receivedOn: '2023-07-03',
    });
    const r = await progressReportFor(database.db, '11MSP');
    const providers = r.indicators.find((i) => i.id === 'LAP3a')?.computed as Figure;
    expect(countedOf(providers)).not.toContain('ALB');
    const later = await loadSnapshot(database.db, {
      meeting: 'X',
      meetingStartsOn: null,
      from: '2023-07-01',
      to: '2024-06-30',
      census: '2024-06-30',
    });
    expect(later.reports.find((x) => x.iso3 === 'ALB')).toMatchObject({
      firstReceivedOn: '2023-07-03',
      demonstration: false,
    });
  });
});
