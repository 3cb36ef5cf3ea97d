import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import {
  amendReport,
  recallReport,
  reportAmended,
  reportRecalled,
  reportSubmitted,
  saveForm,
  submitReport,
} from '../../reports/index.js';
import { reportVersions } from '../../reports/schema.js';
import { needs } from '../schema.js';
import { matchKeyOf } from './match-key.js';
import { getNeed, listNeeds } from './queries.js';
import { reconfirmNeed } from './reconfirm-need.js';
import { fallbackDescription } from './rows.js';
import { syncNeedsFromReport } from './sync-needs-from-report.js';
import { at, needRows, reportWithNeeds } from './testing.js';
import { withdrawNeed } from './withdraw-need.js';

const clearance = {
  area: 'art4',
  type: 'financial',
  description: 'Clearance of   cluster munition remnants in the South',
  activitiesTimeframe: 'Non-technical survey then clearance of 12 areas, 2025-2027',
  estimatedCost: 2_500_000,
  currency: 'USD',
  nationalContribution: 300_000,
  planReference: 'National Mine Action Strategy 2020-2025',
};
const victims = { area: 'art5', description: 'Prostheses for survivors' };

describe.each(engines)('needs from reports on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('turns Form J rows into needs with no retyping, and the next report reconfirms them', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const r2024 = await reportWithNeeds(db, isu, {
      iso3: 'LBN',
      year: 2024,
      receivedOn: '2025-04-10',
      rows: [clearance, victims, {}, { area: 'art3' }],
    });

    const rows = await needRows(db);
    expect(rows).toHaveLength(3); // the blank row is no need (saving the form drops it)
    expect(rows[0]).toMatchObject({
      stateIso3: 'LBN',
      origin: 'report',
      area: 'art4',
      type: 'financial',
      description: 'Clearance of   cluster munition remnants in the South',
      activitiesTimeframe: clearance.activitiesTimeframe,
      estimatedCost: 2_500_000,
      currency: 'USD',
      nationalContribution: 300_000,
      planReference: clearance.planReference,
      status: 'open',
      isPublic: false,
      matchKey: 'art4|clearance of cluster munition remnants in the south',
      sourceReportId: r2024.reportId,
      sourceVersion: 1,
      sourceRow: 1,
      lastConfirmedOn: '2025-04-10',
    });
    // A row with an area but no description: a stable, documented text.
    expect(rows[2]).toMatchObject({ area: 'art3', description: fallbackDescription('art3'), sourceRow: 3 });
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.subjectType, 'need'));
    expect(audit.map((a) => a.verb)).toEqual(Array(3).fill('cooperation.syncNeedsFromReport'));

    const view = await getNeed(db, rows[0]?.id ?? 0, '2025-05-01');
    expect(view).toMatchObject({
      stateName: 'Lebanon',
      status: 'open',
      lapsesOn: '2026-04-11',
      source: { reportId: r2024.reportId, version: 1, form: 'J', table: 'needs', row: 1 },
      evidence: { score: 5, missing: [] },
    });

    // The State withdrew the victims need: next year's report starts from the needs as they stand,
    // so it carries the other two (by their ids) and not the withdrawn one.
    const victimsId = rows[1]?.id ?? 0;
    await withdrawNeed(at(db, isu, '2025-06-01'), { id: victimsId });
    const r2025 = await reportWithNeeds(db, isu, { iso3: 'LBN', year: 2025, receivedOn: '2026-03-15' });
    const after = await needRows(db);
    expect(after).toHaveLength(3);
    expect(after.map((n) => n.lastConfirmedOn)).toEqual(['2026-03-15', '2025-04-10', '2026-03-15']);
    expect(after.map((n) => n.sourceReportId)).toEqual([r2025.reportId, r2024.reportId, r2025.reportId]);
    expect(after[1]?.status).toBe('withdrawn');
    const listed = await listNeeds(db, { actor: isu, today: '2026-11-23', stateIso3: 'LBN' });
    expect(listed.map((n) => [n.id, n.status]).sort()).toEqual(
      after.map((n) => [n.id, n.id === victimsId ? 'withdrawn' : 'open']).sort(),
    );
    // A report that carries it again (typed anew) opens it again.
    await reportWithNeeds(db, isu, { iso3: 'LBN', year: 2026, receivedOn: '2026-11-20', rows: [victims] });
    expect((await needRows(db))[1]).toMatchObject({ status: 'open', lastConfirmedOn: '2026-11-20' });
  });

  it('a next annual report without the row lets the need lapse; a reconfirmation brings it back', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await reportWithNeeds(db, isu, {
      iso3: 'CHL',
      year: 2024,
      receivedOn: '2025-04-10',
      rows: [clearance, victims],
    });
    await reportWithNeeds(db, isu, { iso3: 'CHL', year: 2025, receivedOn: '2026-04-20', rows: [victims] });
    const list = await listNeeds(db, { actor: isu, today: '2026-05-01', stateIso3: 'CHL' });
    expect(list.map((n) => [n.area, n.status, n.lapseReason])).toEqual([
      ['art4', 'lapsed', 'left_out'],
      ['art5', 'open', null],
    ]);
    const lapsed = list[0];
    await reconfirmNeed(at(db, isu, '2026-05-02'), { id: lapsed?.id });
    expect((await getNeed(db, lapsed?.id ?? 0, '2026-05-02')).status).toBe('open');
  });

  it('a need not confirmed for 12 months lapses', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await reportWithNeeds(db, isu, { iso3: 'LAO', year: 2024, receivedOn: '2025-04-10', rows: [victims] });
    const [id] = (await needRows(db)).map((n) => n.id);
    expect((await getNeed(db, id ?? 0, '2026-04-10')).status).toBe('open');
    expect(await getNeed(db, id ?? 0, '2026-04-11')).toMatchObject({
      status: 'lapsed',
      lapseReason: 'expired',
    });
  });

  it('an amendment carrying the row reconfirms it; a recall withdraws what only the recalled version created', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const r = await reportWithNeeds(db, isu, {
      iso3: 'IRQ',
      year: 2024,
      receivedOn: '2025-04-10',
      rows: [victims],
    });
    const amended = await amendReport(at(db, isu, '2025-06-01'), { reportId: r.reportId });
    const saved = await saveForm(at(db, isu, '2025-06-01'), {
      reportId: r.reportId,
      versionId: amended.versionId,
      lockVersion: 0,
      form: 'J',
      status: 'changed',
      values: {
        needs: [
          { ...clearance, type: null },
          {
            ...victims,
            type: null,
            activitiesTimeframe: null,
            estimatedCost: null,
            currency: null,
            nationalContribution: null,
            planReference: null,
          },
        ],
      },
    });
    await submitReport(at(db, isu, '2025-06-02'), {
      reportId: r.reportId,
      versionId: amended.versionId,
      lockVersion: saved.lockVersion,
      channel: 'email',
      receivedOn: '2025-06-02',
    });
    let rows = await needRows(db);
    expect(rows.map((n) => [n.area, n.sourceVersion, n.sourceRow, n.lastConfirmedOn])).toEqual([
      ['art5', 2, 2, '2025-06-02'],
      ['art4', 2, 1, '2025-06-02'],
    ]);

    await recallReport(at(db, isu, '2025-06-03'), { reportId: r.reportId, reason: 'keyed in twice' });
    rows = await needRows(db);
    // Created by version 2 alone: withdrawn. Already known from version 1: back on version 1's row.
    expect(rows.map((n) => [n.area, n.status, n.sourceVersion, n.sourceRow])).toEqual([
      ['art5', 'open', 1, 1],
      ['art4', 'withdrawn', 2, 1],
    ]);
    const recallAudit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.withdrawNeedsOfRecall'));
    expect(recallAudit).toHaveLength(2);
  });

  it('a matching key ignores case and spacing, and sync is idempotent', async () => {
    expect(matchKeyOf('art4', '  Clearance  of\tX ')).toBe(matchKeyOf('art4', 'clearance of x'));
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await reportWithNeeds(db, isu, {
      iso3: 'BIH',
      year: 2024,
      receivedOn: '2025-04-10',
      rows: [victims, { ...victims, description: 'PROSTHESES  for survivors ' }],
    });
    expect(await db.select().from(needs)).toHaveLength(1);
  });

  it('follows the reports module’s events in the submission’s transaction; nobody calls the sync directly', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    expect(reportSubmitted.subscribers()).toContain('cooperation.needs');
    expect(reportAmended.subscribers()).toContain('cooperation.needs');
    expect(reportRecalled.subscribers()).toContain('cooperation.needs');

    // A subscriber that fails undoes the submission: no need, and the version is still a draft.
    reportSubmitted.subscribe('test.failing', async () => {
      throw new Error('a subscriber failed');
    });
    try {
      await expect(
        reportWithNeeds(db, isu, { iso3: 'LBN', year: 2024, receivedOn: '2025-04-10', rows: [victims] }),
      ).rejects.toThrow('a subscriber failed');
    } finally {
      reportSubmitted.subscribe('test.failing', async () => {});
    }
    expect(await db.select().from(needs)).toEqual([]);
    expect(
      (await db.select({ status: reportVersions.status }).from(reportVersions)).map((v) => v.status),
    ).toEqual(['draft']);

    // The register's writers for what reports say are system-level: a person's direct call is refused.
    const direct = {
      stateIso3: 'LBN',
      reportId: 1,
      version: 1,
      year: 2024,
      kind: 'annual',
      receivedOn: '2025-04-10',
      needs: [],
    };
    await expect(syncNeedsFromReport(at(db, fp, '2025-04-10'), direct)).rejects.toThrow(
      /not called directly/,
    );
    await expect(syncNeedsFromReport(at(db, isu, '2025-04-10'), direct)).rejects.toThrow(
      /not called directly/,
    );
  });
});
