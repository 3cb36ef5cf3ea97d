import { describe, expect, it } from 'vitest';
import { TEST_NOW, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { ensureDemoData } from '../cooperation/index.js';
import { listDeadlines } from '../states/index.js';
import { listRisks, riskKey } from './queries.js';
import { RISK_NOW, riskScenario } from './testing.js';

describe.each(engines)('deadline risk in pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function withReports() {
    await riskScenario(database().db);
    return testApp(database(), { now: RISK_NOW });
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

  it('on the demonstration data, every open Article 3 and 4 obligation shows a projection or the data it lacks', async () => {
    const { db } = database();
    await ensureDemoData(db, TEST_NOW);
    const app = testApp(database());
    const today = '2026-11-23';
    const [rows, risks] = await Promise.all([listDeadlines(db, today), listRisks(db, today)]);
    const open = rows.filter((r) => r.obligation.article === 3 || r.obligation.article === 4);
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) {
      const risk = risks.get(riskKey(r.state.iso3, r.obligation.article));
      expect(risk, `${r.state.iso3} Art ${r.obligation.article}`).toBeDefined();
      const p = risk!.projection;
      expect(
        p.status === 'not_enough_data' ? p.missing.length > 0 : p.quantities.length > 0,
        r.state.iso3,
      ).toBe(true);
    }
    // The demonstration reports hold no Form B or F figures: what is missing is said, never guessed.
    const lbn = risks.get(riskKey('LBN', 4))!.projection;
    expect(lbn).toMatchObject({ status: 'not_enough_data', includesDemonstrationData: true });
    expect(lbn.missing).toEqual([{ what: 'remaining', quantity: null }]);
    const page = await (await app.request('/states/LBN')).text();
    expect(page).toContain('what area remains: no report read gives the total remaining contaminated area');
    expect(page).toContain('data-demonstration="true"');
    const deadlines = await (await app.request('/deadlines')).text();
    expect(deadlines).toContain('data-demonstration="true"');
    // Every open Article 3 and 4 row of the page carries a risk badge, and no other row does.
    expect([...deadlines.matchAll(/data-risk="/g)].length).toBe(open.length);
  });
});
