import { describe, expect, it } from 'vitest';
import { emptyContent } from '../template/content.js';
import { getTemplate } from '../template/registry.js';
import type { FieldValue, FormCode, ReportContent } from '../template/types.js';
import { agrees, checkReport, type ReportWarning, warningFieldName } from './checks.js';

/** Content of the 2010 formats with some values set, form by form. */
function content(
  forms: Partial<Record<FormCode, Record<string, FieldValue>>>,
  status: Partial<Record<FormCode, 'changed' | 'unchanged'>> = {},
  templateId = '2010',
): ReportContent {
  const c = emptyContent(getTemplate(templateId));
  for (const [code, values] of Object.entries(forms) as Array<[FormCode, Record<string, FieldValue>]>) {
    const form = c.forms[code]!;
    c.forms[code] = { status: status[code] ?? 'changed', values: { ...form.values, ...values } };
  }
  return c;
}

const km2 = (n: number) => n * 1_000_000;
const brief = (ws: ReportWarning[]) => ws.map((w) => [w.rule, warningFieldName(w.at), w.figures]);

describe('agrees', () => {
  it.each([
    [100, 100, true],
    [100, 101, true], // one unit
    [km2(1371.1), km2(1371), true], // rounded to whole km²
    [km2(8470), km2(8428.7), false], // 41.3 km² is not rounding
    [1000, 10_400_000_000, false],
  ])('%d and %d: %s', (a, b, expected) => expect(agrees(a, b)).toBe(expected));
});

describe('checkReport within one report', () => {
  const cases: Array<[string, ReportContent, unknown[]]> = [
    ['empty content warns of nothing', content({}), []],
    [
      'a remaining total of 1,000 m² against rows of 10.4 billion m²',
      content({
        F: {
          contaminatedAreas: [
            { location: 'A', area: 10_000_000_000 },
            { location: 'B', area: 400_000_000 },
          ],
          totalRemainingArea: 1000,
        },
      }),
      [['remainingAgainstRows', 'v.totalRemainingArea', { total: 1000, rows: 10_400_000_000 }]],
    ],
    [
      'a total equal to the rows, within rounding',
      content({
        F: { contaminatedAreas: [{ location: 'A', area: 1_000_000 }], totalRemainingArea: 1_000_900 },
      }),
      [],
    ],
    [
      'a total of the confirmed rows only is a total',
      content({
        F: {
          contaminatedAreas: [
            { location: 'A', area: km2(100), status: 'confirmed' },
            { location: 'B', area: km2(8000), status: 'suspected' },
          ],
          totalRemainingArea: km2(100),
        },
      }),
      [],
    ],
    [
      '42 victims by sex and age against 40 killed or injured',
      content({ H: { victims: [{ category: 'new', men: 30, boys: 12, killed: 10, injured: 30 }] } }),
      [['victimsSexAgeAgainstOutcome', 'v.victims.0.killed', { sexAge: 42, outcome: 40 }]],
    ],
    [
      'a row split only one way warns of nothing',
      content({ H: { victims: [{ category: 'total', killed: 10, injured: 30 }] } }),
      [],
    ],
    [
      'casualties by device adding to more than the row',
      content({
        H: {
          victims: [
            {
              category: 'new',
              killed: 8,
              injured: 34,
              submunitionCasualties: 18,
              otherRemnantCasualties: 25,
            },
          ],
        },
      }),
      [['victimsDeviceAgainstTotal', 'v.victims.0.submunitionCasualties', { device: 43, total: 42 }]],
    ],
    [
      'one device column alone may be a part of the row',
      content({ H: { victims: [{ category: 'new', killed: 8, injured: 34, submunitionCasualties: 18 }] } }),
      [],
    ],
    [
      'one device column alone larger than the row',
      content({
        H: { victims: [{}, { category: 'new', killed: 8, injured: 4, otherRemnantCasualties: 18 }] },
      }),
      [['victimsDeviceAgainstTotal', 'v.victims.1.otherRemnantCasualties', { device: 18, total: 12 }]],
    ],
    [
      'people counted by sex and age beyond the total reached',
      content({ G: { activities: [{ activity: 'Teachers', women: 800, men: 600, totalReached: 1300 }] } }),
      [['reachedSplitAgainstTotal', 'v.activities.0.totalReached', { split: 1400, total: 1300 }]],
    ],
    [
      'a total reached without a split warns of nothing',
      content({ G: { activities: [{ activity: 'Teachers', totalReached: 1300 }] } }),
      [],
    ],
  ];
  it.each(cases)('%s', (_, c, expected) => expect(brief(checkReport(c, 2015))).toEqual(expected));

  it('reads the platform supplement the same way (by meaning)', () => {
    const c = content(
      { F: { contaminatedAreas: [{ location: 'A', area: 5000 }], totalRemainingArea: 1000 } },
      {},
      '2010-lap',
    );
    expect(brief(checkReport(c, 2015))).toEqual([
      ['remainingAgainstRows', 'v.totalRemainingArea', { total: 1000, rows: 5000 }],
    ]);
  });

  it('keys a warning by its rule, place and figures, so changed figures ask again', () => {
    const at = (men: number) =>
      checkReport(content({ H: { victims: [{ category: 'new', men, killed: 1, injured: 1 }] } }), 2015)[0]
        ?.key;
    expect(at(3)).toBe('victimsSexAgeAgainstOutcome@H.victims.0.killed:sexAge=3,outcome=2');
    expect(at(4)).not.toBe(at(3));
  });
});

describe('checkReport against the year before', () => {
  const last = { year: 2014, content: content({ F: { totalRemainingArea: km2(100) } }) };
  const cases: Array<[string, ReportContent, unknown[]]> = [
    [
      'remaining = last year’s − cleared + added',
      content({
        F: {
          clearedInPeriod: [{ location: 'A', area: km2(10) }],
          areaAddedInPeriod: km2(5),
          totalRemainingArea: km2(95),
        },
      }),
      [],
    ],
    [
      'the same remaining after clearing',
      content({ F: { clearedInPeriod: [{ location: 'A', area: km2(10) }], totalRemainingArea: km2(100) } }),
      [
        [
          'remainingAcrossYears',
          'v.totalRemainingArea',
          { now: km2(100), last: km2(100), cleared: km2(10), added: 0, expected: km2(90) },
        ],
      ],
    ],
    [
      'more cleared than was contaminated',
      content({ F: { clearedInPeriod: [{ location: 'A', area: km2(150) }], totalRemainingArea: 0 } }),
      [
        [
          'clearedAgainstContaminated',
          'v.clearedInPeriod.0.area',
          { cleared: km2(150), last: km2(100), added: 0 },
        ],
        [
          'remainingAcrossYears',
          'v.totalRemainingArea',
          { now: 0, last: km2(100), cleared: km2(150), added: 0, expected: km2(-50) },
        ],
      ],
    ],
    [
      'the remaining area read from the rows when no total is given',
      content({
        F: { contaminatedAreas: [{ location: 'A', area: km2(90) }], clearedInPeriod: [{ area: km2(10) }] },
      }),
      [],
    ],
    [
      'an unchanged Form F repeats last year’s clearance: nothing cleared this year',
      content(
        { F: { clearedInPeriod: [{ location: 'A', area: km2(10) }], totalRemainingArea: km2(100) } },
        { F: 'unchanged' },
      ),
      [],
    ],
  ];
  it.each(cases)('%s', (_, c, expected) => expect(brief(checkReport(c, 2015, last))).toEqual(expected));

  it('compares only with the year just before', () => {
    const c = content({ F: { clearedInPeriod: [{ area: km2(10) }], totalRemainingArea: km2(100) } });
    expect(checkReport(c, 2016, last)).toEqual([]);
  });
});
