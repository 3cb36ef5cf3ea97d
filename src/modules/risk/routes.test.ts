import { describe, expect, it } from 'vitest';
import { makeUser, TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { DeadlineList, StateDetail } from '../api/schemas.js';
import { seedCalendar } from '../calendar/index.js';
import { ensureDemoData } from '../cooperation/index.js';
import { createReport, saveForm, submitReport } from '../reports/index.js';
import { at } from '../reports/testing.js';

/** A State's report for a year with Form F's remaining area and the areas cleared, submitted by the ISU. */
async function clearanceReport(
  db: Db,
  isu: Actor,
  iso3: string,
  year: number,
  remaining: number,
  cleared: number,
) {
  const day = `${year + 1}-04-01`;
  const created = await createReport(at(db, isu, day), { iso3, year });
  const ref = { reportId: created.reportId, versionId: created.versionId };
  const saved = await saveForm(at(db, isu, day), {
    ...ref,
    lockVersion: 0,
    form: 'F',
    status: 'changed',
    values: {
      contaminatedAreas: [],
      clearedInPeriod: [{ location: 'South', area: cleared }],
      totalRemainingArea: remaining,
    },
  });
  await submitReport(at(db, isu, day), {
    ...ref,
    lockVersion: saved.lockVersion,
    channel: 'email',
    receivedOn: day,
  });
}

// Before Lebanon's deadline of 1 May 2026, with the 13MSP (16 September 2025) still to come.
const NOW = new Date('2025-01-15T12:00:00Z');

describe.each(engines)('deadline risk in pages and the API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function withReports() {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await seedCalendar(db);
    // Lebanon: 100,000 m² cleared a year against 1.3 million remaining: thirteen years, off track.
    for (const [year, remaining] of [
      [2022, 1_500_000],
      [2023, 1_400_000],
      [2024, 1_300_000],
    ] as const)
      await clearanceReport(db, isu, 'LBN', year, remaining, 100_000);
    // Chad: the remaining area grows while clearance goes on (new areas found).
    await clearanceReport(db, isu, 'TCD', 2023, 1_000_000, 50_000);
    await clearanceReport(db, isu, 'TCD', 2024, 1_200_000, 50_000);
    return testApp(database(), { now: NOW });
  }

  it('shows the projection, its figures and the early warning on the State profile', async () => {
    const app = await withReports();
    const page = await (await app.request('/states/LBN')).text();
    expect(page).toContain('Deadline risk from the reports');
    expect(page).toContain('data-risk="off_track"');
    expect(page).toContain('Remaining (contaminated area): 1,300,000 m² at the end of 2024');
    expect(page).toContain('2024 report, version 1, Form F, total remaining contaminated area');
    expect(page).toContain('2022: 100,000 m²');
    expect(page).toMatch(
      /href="\/reports\/\d+\/versions\/1#[^"]+">2023 report, version 1, Form F, areas cleared, row 1/,
    );
    expect(page).toContain('Spread: 100,000 m² to 100,000 m² a year');
    expect(page).toContain('At the average rate the work ends after the deadline.');
    // The early warning: the last MSP before the deadline in the calendar, and nine months before it.
    expect(page).toContain('data-early-warning="4"');
    expect(page).toContain('Thirteenth Meeting of States Parties, opening on 16 September 2025');
    expect(page).toContain(
      'submitted by 16 December 2024: at least nine months before the meeting (Art 4(6)). That day has passed.',
    );
    expect(page).not.toContain('data-demonstration="true"');

    const chad = await (await app.request('/states/TCD')).text();
    expect(chad).toContain('What remains grew from 1,000,000 m² (2023) to 1,200,000 m² (2024)');
    expect(chad).toContain('no completion can be projected');
    expect(chad).toContain('data-risk="off_track"');

    // A State Party with no report: not enough data, and exactly what is missing.
    const chile = await (await app.request('/states/CHL')).text();
    expect(chile).toContain('data-risk="not_enough_data"');
    expect(chile).toContain('no standing Article 7 report from this State');
    // A State with no open Article 3 or 4 obligation has no such section.
    expect(await (await app.request('/states/NOR')).text()).not.toContain('Deadline risk from the reports');
  });

  it('adds a risk column to Deadlines, sortable by risk, and to its downloads', async () => {
    const app = await withReports();
    const page = await (await app.request('/deadlines')).text();
    expect(page).toContain('<th scope="col">Risk</th>');
    expect(page).toContain('href="/deadlines?sort=risk#all"');
    const sorted = await (await app.request('/deadlines?sort=risk')).text();
    const rows = [...sorted.matchAll(/data-risk="([a-z_]+)"/g)].map((m) => m[1]);
    expect(rows.slice(0, 2)).toEqual(['off_track', 'off_track']);
    expect(rows.indexOf('not_enough_data')).toBeGreaterThan(1);
    expect(sorted).toContain('<strong aria-current="true">by risk</strong>');
    const csv = await (await app.request('/deadlines.csv?sort=risk')).text();
    const [header, first] = csv.split(/\r?\n/);
    expect(header).toContain('Risk,Projected completion,');
    expect(first).toMatch(/Off track/);
  });

  it('answers the projection and the early warning in the API', async () => {
    const app = await withReports();
    const lbn = StateDetail.parse(await (await app.request('/api/v1/states/LBN')).json());
    const art4 = lbn.obligations.find((o) => o.article === 4);
    expect(art4?.risk).toMatchObject({
      status: 'off_track',
      includesDemonstrationData: false,
      remaining: [
        {
          quantity: 'area',
          value: 1_300_000,
          source: { year: 2024, form: 'F', field: 'remainingContaminatedArea' },
        },
      ],
      earlyWarning: {
        meeting: { code: '13MSP', startsOn: '2025-09-16' },
        submitBy: '2024-12-16',
        submitByPassed: true,
        rule: 'Art 4(6)',
      },
    });
    expect(art4?.risk?.rates.map((r) => [r.year, r.value, r.source.table])).toEqual([
      [2022, 100_000, 'clearedInPeriod'],
      [2023, 100_000, 'clearedInPeriod'],
      [2024, 100_000, 'clearedInPeriod'],
    ]);
    // Article 5 has no deadline, so no projection.
    expect(lbn.obligations.find((o) => o.article === 5)?.risk ?? null).toBeNull();

    const list = DeadlineList.parse(await (await app.request('/api/v1/deadlines')).json());
    const tcd = list.deadlines.find((d) => d.iso3 === 'TCD' && d.article === 4);
    expect(tcd?.risk).toMatchObject({ status: 'off_track', reasons: ['remaining_grew', 'no_progress'] });
    expect(tcd?.risk?.completion).toMatchObject({ expected: null, latest: null });
    const chl = list.deadlines.find((d) => d.iso3 === 'CHL' && d.article === 4);
    expect(chl?.risk).toMatchObject({
      status: 'not_enough_data',
      missing: [{ what: 'reports', quantity: null }],
    });
  });

  it('on the demonstration data, every open Article 3 and 4 obligation shows a projection or the data it lacks', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    const app = testApp(database());
    const list = DeadlineList.parse(await (await app.request('/api/v1/deadlines')).json());
    const open = list.deadlines.filter((d) => d.article === 3 || d.article === 4);
    expect(open.length).toBeGreaterThan(0);
    for (const d of open) {
      expect(d.risk, `${d.iso3} Art ${d.article}`).not.toBeNull();
      const r = d.risk!;
      expect(
        r.status === 'not_enough_data' ? r.missing.length > 0 : r.remaining.length > 0,
        `${d.iso3}`,
      ).toBe(true);
    }
    // The demonstration reports hold no Form B or F figures: what is missing is said, never guessed.
    const lbn = open.find((d) => d.iso3 === 'LBN');
    expect(lbn?.risk).toMatchObject({ status: 'not_enough_data', includesDemonstrationData: true });
    expect(lbn?.risk?.missing.map((m) => m.what)).toEqual(['remaining']);
    const page = await (await app.request('/states/LBN')).text();
    expect(page).toContain('what area remains: no report read gives the total remaining contaminated area');
    expect(page).toContain('data-demonstration="true"');
    const deadlines = await (await app.request('/deadlines')).text();
    expect(deadlines).toContain('data-demonstration="true"');
    // Every open Article 3 and 4 row of the page carries a risk badge.
    expect([...deadlines.matchAll(/data-risk="/g)].length).toBe(open.length);
  });
});
