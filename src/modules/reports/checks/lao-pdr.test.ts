import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../../kernel/errors.js';
import { createReport } from '../create-report.js';
import { getReport, latestSubmittedVersion } from '../queries.js';
import { saveForm } from '../save-form.js';
import { reportWarningConfirmations } from '../schema.js';
import { submitReport } from '../submit-report.js';
import type { FieldValue } from '../template/types.js';
import { confirmWarning } from './confirm-warning.js';
import { laoPdr2014, laoPdr2015 } from './fixtures/lao-pdr.js';
import { reportsWithUnconfirmedWarnings, warningsOf } from './queries.js';

/*
 * A report keyed from real published figures: Lao PDR 2014 and 2015, from the Cluster Munition
 * Monitor (fixtures/SOURCES.md: https://www.the-monitor.org/en-gb/reports/2016/lao-pdr/mine-action.aspx,
 * https://www.the-monitor.org/en-gb/reports/2016/lao-pdr/casualties-and-victim-assistance.aspx,
 * http://archives.the-monitor.org/index.php/cp/display/region_profiles/theme/2776). The checks warn
 * exactly where the figures disagree: the estimate of 8,470 km² stands unchanged after 41.30 km²
 * were cleared in 2015. The casualties agree by sex and age, by outcome and by device: no warning.
 */

/** The ISU keys in a report received by e-mail, form by form, and submits it. */
async function keyIn(
  db: Db,
  isu: Actor,
  year: number,
  forms: Partial<Record<'F' | 'H', Record<string, FieldValue>>>,
) {
  const ctx = ctxFor(db, isu);
  const created = await createReport(ctx, { iso3: 'LAO', year });
  let lockVersion = 0;
  for (const [form, values] of Object.entries(forms)) {
    const saved = await saveForm(ctx, {
      reportId: created.reportId,
      versionId: created.versionId,
      lockVersion,
      form: form as 'F' | 'H',
      status: 'changed',
      values,
    });
    lockVersion = saved.lockVersion;
  }
  await submitReport(ctx, {
    reportId: created.reportId,
    versionId: created.versionId,
    lockVersion,
    channel: 'email',
    receivedOn: `${year + 1}-04-30`,
  });
  return created.reportId;
}

describe.each(engines)('Lao PDR 2015 from published figures on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('warns exactly where the figures disagree; the submitter confirms; the ISU list follows', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fpLao = await makeUser(db, { role: 'focal_point', stateIso3: 'LAO' });
    const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    // Reports for years before 2020 are keyed in like any other (any year from 2009).
    await keyIn(db, isu, 2014, laoPdr2014);
    const reportId = await keyIn(db, isu, 2015, laoPdr2015);

    const report = await getReport(db, reportId);
    const standing = await latestSubmittedVersion(db, 'LAO');
    const warnings = await warningsOf(db, report, standing!.content);
    expect(warnings.map((w) => [w.rule, w.at, w.figures])).toEqual([
      [
        'remainingAcrossYears',
        { form: 'F', field: 'totalRemainingArea' },
        {
          now: 8_470_000_000,
          last: 8_470_000_000,
          cleared: 41_300_000,
          added: 0,
          expected: 8_428_700_000,
        },
      ],
    ]);
    const [warning] = warnings;
    expect(warning?.confirmation).toBeNull();

    expect(await reportsWithUnconfirmedWarnings(db)).toEqual([
      { reportId, stateIso3: 'LAO', year: 2015, version: 1, unconfirmed: 1, warnings: 1 },
    ]);

    // Another State's focal point cannot confirm it; a key the report does not raise is refused.
    await expect(
      confirmWarning(ctxFor(db, fpLbn), { reportId, warningKey: warning!.key }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      confirmWarning(ctxFor(db, fpLao), {
        reportId,
        warningKey: 'remainingAgainstRows@F.totalRemainingArea:x',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.select().from(reportWarningConfirmations)).toEqual([]);

    const note = 'The national estimate from bombing data; survey of confirmed areas under way.';
    await confirmWarning(ctxFor(db, fpLao), { reportId, warningKey: warning!.key, note });
    const [confirmed] = await warningsOf(db, report, standing!.content);
    expect(confirmed?.confirmation).toMatchObject({ by: fpLao.id, note });
    expect(confirmed?.confirmation?.at).toBeInstanceOf(Date);
    expect(await reportsWithUnconfirmedWarnings(db)).toEqual([]);
    // Confirming again changes nothing.
    await confirmWarning(ctxFor(db, isu), { reportId, warningKey: warning!.key });
    expect(await db.select().from(reportWarningConfirmations)).toHaveLength(1);
  });
});
