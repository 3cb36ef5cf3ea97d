import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../kernel/i18n/index.js';
import { contentSchema, emptyContent, formStatuses } from '../template/content.js';
import { templates } from '../template/registry.js';
import { template2010 } from '../template/template-2010.js';
import { template2010Lap } from '../template/template-2010-lap.js';
import type { FieldValue, ReportContent, ScalarField, ScalarValue, TemplateDef } from '../template/types.js';
import { editWorkbook, lebanonWorkbook, rowOfKey, tableCellOf } from '../testing.js';
import { type ImportError, parseReportXlsx, STATUS_KEY, TABLE_PREFIX } from './xlsx.js';

const t = translator('en');
const template = template2010;

/** A valid value of the field's kind; `i` varies it from row to row. */
function sample(field: ScalarField, i: number): ScalarValue {
  switch (field.kind) {
    case 'text': {
      // Values a spreadsheet likes to reinterpret: a leading "+" or "=", leading zeros, line breaks.
      const tricky = ['+41 22 917 12 34', '=SUM(A1:A2) is text', '007', 'Zürich — “quoted”'][i % 4]!;
      const v = field.multiline ? `${field.key} ${i}\nsecond line` : `${tricky} ${field.key}`;
      return v.slice(0, field.maxLength ?? v.length).trim();
    }
    case 'number': {
      const base = field.min ?? 0;
      return field.integer ? base + 1000 * i + 7 : base + 1234567.25 + i / 8;
    }
    case 'date':
      return `20${20 + i}-0${1 + i}-2${i}`;
    case 'choice':
      return field.options[(i + 1) % field.options.length]!;
    case 'yesno':
      return field.partly && i === 0 ? 'partly' : i % 2 ? 'no' : 'yes';
  }
}

/** Every field of every form filled with a valid value, three rows per table, normalised as stored. */
function filledContent(def: TemplateDef): ReportContent {
  const forms: Record<string, unknown> = {};
  def.forms.forEach((form, n) => {
    const values: Record<string, FieldValue> = {};
    for (const f of form.fields) {
      values[f.key] =
        f.kind === 'table'
          ? [0, 1, 2].map((i) => Object.fromEntries(f.columns.map((c) => [c.key, sample(c, i)])))
          : sample(f, n % 3);
    }
    forms[form.code] = { status: form.hasStatus ? formStatuses[n % 3]! : null, values };
  });
  return contentSchema(def).parse({ template: def.id, forms });
}

const render = (content: ReportContent, locale: 'en' | 'fr' = 'en', def: TemplateDef = template) =>
  lebanonWorkbook({ content, template: def, locale, versionNumber: 2 });

const edit = editWorkbook;

const rowOf = rowOfKey;

const tableCell = tableCellOf;

const errorsOf = (r: Awaited<ReturnType<typeof parseReportXlsx>>): ImportError[] => {
  if (r.ok) throw new Error('expected the upload to be refused');
  return r.errors;
};

describe('renderReportXlsx', () => {
  it('has the instructions, then one sheet per form named by its code', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await render(filledContent(template))) as unknown as ExcelJS.Buffer);
    const visible = wb.worksheets.filter((s) => s.state !== 'hidden').map((s) => s.name);
    expect(visible).toEqual(['Instructions', 'Cover', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const a = wb.getWorksheet('A')!;
    const status = rowOf(a, STATUS_KEY);
    expect(a.getCell(status, 3).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"changed,unchanged,not_applicable"'],
    });
    const yesno = rowOf(a, 'disseminatedToArmedForces');
    expect(a.getCell(yesno, 2).value).toBe(t('template2010:forms.A.fields.disseminatedToArmedForces.label'));
    expect(a.getCell(yesno, 3).dataValidation.formulae).toEqual(['"yes,no,partly"']);
    const { cell } = tableCell(wb.getWorksheet('I')!, 'assistanceProvided', 'currency', 0);
    // Every ISO 4217 currency: too many for an inline list, so the cell points at the Lists sheet.
    const [sheetName, range] = String(cell.dataValidation.formulae[0]).split('!');
    const lists = wb.getWorksheet(sheetName!)!;
    const column = range!.replace(/\$/g, '').match(/^([A-Z]+)1:/)![1]!;
    expect(lists.getColumn(column).values).toContain('USD');
    expect(lists.getColumn(column).values).toContain('XOF');
  });

  it("marks the platform's questions of the supplementary version, and names the version", async () => {
    const wb = new ExcelJS.Workbook();
    const buffer = await render(filledContent(template2010Lap), 'en', template2010Lap);
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const j = wb.getWorksheet('J')!;
    const asked = j.getCell(rowOf(j, 'implementationInNationalPlans'), 2).value;
    expect(asked).toBe(
      t('template2010lap:platformQuestion', {
        label: t('template2010lap:forms.J.fields.implementationInNationalPlans.label'),
      }),
    );
    expect(String(asked)).toContain('not part of CCM/MSP/2010/PM/10');
    // A 2010 question keeps its 2010 label; one the supplement narrows shows the narrower words.
    const a = wb.getWorksheet('A')!;
    expect(a.getCell(rowOf(a, 'disseminatedToArmedForces'), 2).value).toBe(
      t('template2010:forms.A.fields.disseminatedToArmedForces.label'),
    );
    const f = wb.getWorksheet('F')!;
    expect(f.getCell(rowOf(f, 'genderDiversityIntegrated'), 2).value).toBe(
      t('template2010lap:forms.F.fields.genderDiversityIntegrated.label'),
    );
    const ins = wb.getWorksheet('Instructions')!;
    expect(ins.getCell(rowOf(ins, 'template'), 2).value).toBe('2010-lap');
  });

  it('marks detail beyond the template in its label, and keeps its value', async () => {
    const wb = new ExcelJS.Workbook();
    const content = filledContent(template);
    await wb.xlsx.load((await render(content, 'en')) as unknown as ExcelJS.Buffer);
    const i = wb.getWorksheet('I')!;
    const usd = tableCell(i, 'assistanceReceived', 'amountUsd', 0);
    // The row of labels sits between the row of keys and the first row of values.
    expect(String(i.getCell(usd.row - 1, usd.cell.col).value)).toContain('beyond the template');
    expect(usd.cell.value).toBe(
      (content.forms.I!.values.assistanceReceived as Array<Record<string, unknown>>)[0]!.amountUsd,
    );
    const f = wb.getWorksheet('F')!;
    expect(f.getCell(rowOf(f, 'areaAddedInPeriod'), 2).value).toBe(
      t('template2010:beyondTemplate', { label: t('template2010:forms.F.fields.areaAddedInPeriod.label') }),
    );
  });

  it('never names a scalar field like the reserved keys of column A', () => {
    for (const def of templates)
      for (const form of def.forms)
        for (const f of form.fields)
          if (f.kind !== 'table') expect(f.key === STATUS_KEY || f.key.startsWith(TABLE_PREFIX)).toBe(false);
  });
});

describe.each(templates.map((d) => [d.id, d] as const))('parseReportXlsx, template %s', (_, def) => {
  it('gives back exactly the content it was made from, whatever the language of the workbook', async () => {
    const content = filledContent(def);
    for (const locale of ['en', 'fr'] as const) {
      const result = await parseReportXlsx({ template: def, buffer: await render(content, locale, def) });
      expect(result).toEqual({ ok: true, content });
    }
  });

  it('round-trips a report with empty tables and unanswered questions', async () => {
    const content = emptyContent(def);
    // The web form requires the reporting period on every save, so the upload does too.
    content.forms.cover!.values.reportingPeriodFrom = '2024-01-01';
    content.forms.cover!.values.reportingPeriodTo = '2024-12-31';
    const result = await parseReportXlsx({ template: def, buffer: await render(content, 'en', def) });
    expect(result).toEqual({ ok: true, content });
  });

  it('refuses a workbook of the other version', async () => {
    const other = templates.find((o) => o.id !== def.id)!;
    const buffer = await render(filledContent(other), 'en', other);
    expect(errorsOf(await parseReportXlsx({ template: def, buffer }))).toEqual([
      expect.objectContaining({ sheet: 'Instructions', key: 'reportExports:errors.wrongTemplate' }),
    ]);
  });
});

describe('parseReportXlsx', () => {
  it('reads what people type: new rows, dates, links, rich text, numbers in text cells', async () => {
    const content = filledContent(template);
    const buffer = await edit(await render(content), (wb) => {
      const cover = wb.getWorksheet('Cover')!;
      cover.getCell(rowOf(cover, 'submissionDate'), 3).value = new Date(Date.UTC(2025, 3, 30));
      tableCell(cover, 'contacts', 'email', 3).cell.value = {
        text: 'focal.point@example.org',
        hyperlink: 'mailto:focal.point@example.org',
      };
      tableCell(cover, 'contacts', 'name', 3).cell.value = {
        richText: [{ text: 'Ana ' }, { text: 'Pérez' }],
      };
      tableCell(cover, 'contacts', 'phone', 3).cell.value = 41229171234;
      const f = wb.getWorksheet('F')!;
      f.getCell(rowOf(f, 'totalRemainingArea'), 3).value = '  2500.5 ';
    });
    const result = await parseReportXlsx({ template, buffer });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content.forms.cover!.values.submissionDate).toBe('2025-04-30');
    expect((result.content.forms.cover!.values.contacts as unknown[])[3]).toEqual({
      name: 'Ana Pérez',
      organisation: null,
      position: null,
      phone: '41229171234',
      email: 'focal.point@example.org',
    });
    expect(result.content.forms.F!.values.totalRemainingArea).toBe(2500.5);
  });

  it('names the sheet, row and column of each invalid value, and applies nothing', async () => {
    let at: Record<string, { row: number; column: string }> = {};
    const buffer = await edit(await render(filledContent(template)), (wb) => {
      const f = wb.getWorksheet('F')!;
      const total = rowOf(f, 'totalRemainingArea');
      f.getCell(total, 3).value = 'about 3 km²';
      const area = tableCell(f, 'contaminatedAreas', 'area', 1);
      area.cell.value = 'large';
      const i = wb.getWorksheet('I')!;
      const currency = tableCell(i, 'assistanceProvided', 'currency', 2);
      currency.cell.value = 'DOGE';
      const cover = wb.getWorksheet('Cover')!;
      const from = rowOf(cover, 'reportingPeriodFrom');
      cover.getCell(from, 3).value = '2024-02-30';
      const a = wb.getWorksheet('A')!;
      const status = rowOf(a, STATUS_KEY);
      a.getCell(status, 3).value = 'maybe';
      at = {
        total: { row: total, column: 'C' },
        area,
        currency,
        from: { row: from, column: 'C' },
        status: { row: status, column: 'C' },
      };
    });
    const errors = errorsOf(await parseReportXlsx({ template, buffer }));
    const where = (e: { row: number; column: string }) => ({ row: e.row, column: e.column });
    expect(errors).toEqual(
      expect.arrayContaining([
        { sheet: 'F', ...where(at.total!), key: 'reports:errors.number' },
        { sheet: 'F', ...where(at.area!), key: 'reports:errors.number' },
        { sheet: 'I', ...where(at.currency!), key: 'reports:errors.choice' },
        { sheet: 'Cover', ...where(at.from!), key: 'errors:date' },
        { sheet: 'A', ...where(at.status!), key: 'reports:errors.choice' },
      ]),
    );
    expect(errors).toHaveLength(5);
    expect(at.area!.column).toBe('C');
  });

  it('reports a missing form sheet, a deleted key row and a workbook of another template', async () => {
    const buffer = await edit(await render(filledContent(template)), (wb) => {
      wb.removeWorksheet(wb.getWorksheet('C')!.id);
      const h = wb.getWorksheet('H')!;
      h.getCell(rowOf(h, 'services'), 1).value = null;
    });
    expect(errorsOf(await parseReportXlsx({ template, buffer }))).toEqual([
      { sheet: 'C', row: 0, column: '', key: 'reportExports:errors.missingSheet' },
      {
        sheet: 'H',
        row: 0,
        column: 'A',
        key: 'reportExports:errors.missingRow',
        params: { key: 'services' },
      },
    ]);

    const other = await edit(await render(filledContent(template)), (wb) => {
      const s = wb.getWorksheet('Instructions')!;
      s.getCell(rowOf(s, 'template'), 2).value = '2026';
    });
    expect(errorsOf(await parseReportXlsx({ template, buffer: other }))).toEqual([
      expect.objectContaining({ sheet: 'Instructions', key: 'reportExports:errors.wrongTemplate' }),
    ]);
  });

  it('refuses anything that is not a workbook, and files over the limit, without throwing', async () => {
    const notXlsx = [{ sheet: '', row: 0, column: '', key: 'reportExports:errors.notXlsx' }];
    expect(errorsOf(await parseReportXlsx({ template, buffer: randomBytes(4096) }))).toEqual(notXlsx);
    expect(errorsOf(await parseReportXlsx({ template, buffer: Buffer.alloc(0) }))).toEqual(notXlsx);
    const good = await render(filledContent(template));
    // A zip signature and then garbage: the directory check or exceljs refuses it.
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect(errorsOf(await parseReportXlsx({ template, buffer: truncated }))).toEqual(notXlsx);
    const mangled = Buffer.from(good);
    randomBytes(2000).copy(mangled, 200);
    expect(errorsOf(await parseReportXlsx({ template, buffer: mangled }))).toEqual(notXlsx);

    // Damage anywhere in a real workbook: refused or read, never thrown.
    for (let i = 0; i < 25; i++) {
      const copy = Buffer.from(good);
      const at = Math.floor(Math.random() * (copy.length - 64));
      randomBytes(1 + (i % 64)).copy(copy, at);
      await expect(parseReportXlsx({ template, buffer: copy })).resolves.toHaveProperty('ok');
    }

    expect(errorsOf(await parseReportXlsx({ template, buffer: good, maxBytes: 1000 }))).toEqual([
      { sheet: '', row: 0, column: '', key: 'reportExports:errors.tooLarge', params: { max: 1000 } },
    ]);
    const big = Buffer.concat([good, Buffer.alloc(2 * 1024 * 1024)]);
    expect(errorsOf(await parseReportXlsx({ template, buffer: big }))[0]!.key).toBe(
      'reportExports:errors.tooLarge',
    );
  });
});
