import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../kernel/i18n/index.js';
import { contentSchema, emptyContent } from '../template/content.js';
import { template2010 } from '../template/template-2010.js';
import type { ReportContent } from '../template/types.js';
import { editWorkbook, lebanonWorkbook, rowOfKey, tableCellOf } from '../testing.js';
import { parseReportXlsx } from './xlsx.js';

/*
 * Issue 14, point 4: an area a State gave in km² or hectares keeps that figure as given through an
 * Excel round trip, as the web form keeps it; figures typed in the workbook as people write them are
 * read in the workbook's language, an area with its unit kept as given.
 */

const def = template2010;

/** A report whose Form F gives areas in km², hectares and m². */
function contentWithAreas(): ReportContent {
  const content = emptyContent(def);
  content.forms.cover!.values.reportingPeriodFrom = '2024-01-01';
  content.forms.cover!.values.reportingPeriodTo = '2024-12-31';
  const f = content.forms.F!.values;
  f.totalRemainingArea = 12_500_000;
  f['totalRemainingArea@given'] = '12.5 km2';
  f.contaminatedAreas = [
    { location: 'North', area: 30_000, 'area@given': '3 ha' },
    { location: 'South', area: 1_100_000 },
  ];
  return contentSchema(def).parse(content);
}

const render = (content: ReportContent, locale: Locale) =>
  lebanonWorkbook({ content, template: def, locale });

const edit = editWorkbook;

const rowOf = rowOfKey;

/** The answer cell of a table's row i and column. */
const tableCell = (...a: Parameters<typeof tableCellOf>) => tableCellOf(...a).cell;

const formF = (r: Awaited<ReturnType<typeof parseReportXlsx>>) => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r.content.forms.F!.values;
};

describe('an Excel round trip of areas and grouped figures', () => {
  it('keeps an area given in km² or hectares as given, in every language of the workbook', async () => {
    const content = contentWithAreas();
    for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
      const buffer = await render(content, locale);
      const result = await parseReportXlsx({ template: def, buffer, locale });
      expect(result, locale).toEqual({ ok: true, content });
    }
  });

  it('reads figures typed as people write them, an area with its unit kept as given', async () => {
    const buffer = await edit(await render(contentWithAreas(), 'fr'), (wb) => {
      const f = wb.getWorksheet('F')!;
      f.getCell(rowOf(f, 'areaAddedInPeriod'), 3).value = '2,5 km²';
      tableCell(f, 'contaminatedAreas', 'area', 1).value = '1 100 000';
      tableCell(f, 'clearedInPeriod', 'area', 0).value = '40 ha';
      tableCell(f, 'clearedInPeriod', 'location', 0).value = 'East';
    });
    const values = formF(await parseReportXlsx({ template: def, buffer, locale: 'fr' }));
    expect(values).toMatchObject({
      areaAddedInPeriod: 2_500_000,
      'areaAddedInPeriod@given': '2.5 km2',
      totalRemainingArea: 12_500_000,
      'totalRemainingArea@given': '12.5 km2',
    });
    expect(values.contaminatedAreas).toMatchObject([
      { location: 'North', area: 30_000, 'area@given': '3 ha' },
      { location: 'South', area: 1_100_000 },
    ]);
    expect(values.clearedInPeriod).toMatchObject([
      { location: 'East', area: 400_000, 'area@given': '40 ha' },
    ]);
  });

  it('drops the figure as given once the square metres were changed in the workbook, and keeps the new figure', async () => {
    const buffer = await edit(await render(contentWithAreas(), 'en'), (wb) => {
      const f = wb.getWorksheet('F')!;
      f.getCell(rowOf(f, 'totalRemainingArea'), 3).value = 9_000_000;
    });
    const values = formF(await parseReportXlsx({ template: def, buffer, locale: 'en' }));
    expect(values.totalRemainingArea).toBe(9_000_000);
    expect(values).not.toHaveProperty('totalRemainingArea@given');
    expect(values.contaminatedAreas).toMatchObject([
      { location: 'North', area: 30_000, 'area@given': '3 ha' },
      { location: 'South', area: 1_100_000 },
    ]);
  });
});
