import { describe, expect, it } from 'vitest';
import { currentTemplateId, type FormStatus, type ReportContent } from '../reports/index.js';
import { emptyContent, getTemplate } from '../reports/testing.js';
import { foundSince, prefillFromReports } from './prefill.js';

/** A 2010-format report whose forms hold the given tables. */
function report(
  year: number,
  kind: 'initial' | 'annual',
  forms: Record<string, { status?: FormStatus; values: Record<string, unknown> }>,
) {
  const content: ReportContent = emptyContent(getTemplate(currentTemplateId));
  const all = content.forms as Record<string, { status: FormStatus | null; values: Record<string, unknown> }>;
  for (const [code, f] of Object.entries(forms))
    all[code] = { status: f.status ?? 'changed', values: { ...all[code]?.values, ...f.values } };
  return { reportId: year, year, version: 1, kind, content };
}

describe('pre-filling a request from the reports', () => {
  it('Article 3: stocks at entry into force from the first report, destroyed summed, remaining from the last', () => {
    const values = prefillFromReports(3, [
      report(2023, 'annual', {
        B: {
          values: {
            stockpiles: [{ type: 'M26', munitions: 400, submunitions: 2_000 }],
            destroyed: [{ type: 'M26', munitions: 100, submunitions: null }],
          },
        },
      }),
      report(2021, 'initial', {
        B: {
          values: {
            stockpiles: [
              { type: 'M26', munitions: 600, submunitions: 3_000 },
              { type: 'BL755', munitions: 50, submunitions: null },
            ],
          },
        },
      }),
      // Unchanged since last year: the rows are last year's, not counted again.
      report(2024, 'annual', {
        B: {
          status: 'unchanged',
          values: {
            stockpiles: [{ type: 'M26', munitions: 300, submunitions: 1_500 }],
            destroyed: [{ type: 'M26', munitions: 100, submunitions: null }],
          },
        },
      }),
    ]);
    const by = Object.fromEntries(values.map((v) => [v.field, v]));
    expect(by.munitionsAtEntryIntoForce).toMatchObject({
      value: 650,
      reportYear: 2021,
      form: 'B',
      rows: [1, 2],
      basis: 'sum',
    });
    expect(by.submunitionsAtEntryIntoForce).toMatchObject({ value: 3_000, rows: [1], basis: 'row' });
    expect(by.munitionsRemaining).toMatchObject({ value: 300, reportYear: 2024 });
    expect(by.munitionsDestroyed).toMatchObject({ value: 100, reportYear: 2023 });
    // No row states destroyed submunitions: unknown, not 0.
    expect(by.submunitionsDestroyed).toBeUndefined();
  });

  it('Article 4: from the initial report, areas found since are derived; Form I resources listed', () => {
    const values = prefillFromReports(4, [
      report(2021, 'initial', {
        F: { values: { contaminatedAreas: [{ location: 'North', area: 1_000_000 }] } },
      }),
      report(2022, 'annual', {
        F: {
          values: { clearedInPeriod: [{ location: 'North', area: 200_000 }], totalRemainingArea: 1_100_000 },
        },
        I: {
          values: {
            nationalResources: [
              { area: 'art4', description: 'Army engineers', amount: 50_000, currency: 'USD', year: 2022 },
            ],
          },
        },
      }),
    ]);
    const by = Object.fromEntries(values.map((v) => [v.field, v]));
    expect(by.areaAtEntryIntoForce).toMatchObject({ value: 1_000_000, reportYear: 2021, basis: 'row' });
    expect(by.areaRemaining).toMatchObject({ value: 1_100_000, reportYear: 2022, basis: 'field' });
    expect(by.areaCleared).toMatchObject({ value: 200_000, rows: [1] });
    expect(by.nationalResources?.value).toBe('2022 — art4 — Army engineers — 50000 USD');
    // 1,100,000 remaining + 200,000 cleared − 1,000,000 at entry into force.
    expect(foundSince(values)).toMatchObject({
      field: 'areaFoundSince',
      value: 300_000,
      basis: 'difference',
    });
  });

  it('gives nothing without a report', () => {
    expect(prefillFromReports(4, [])).toEqual([]);
  });
});
