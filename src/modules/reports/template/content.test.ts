import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../kernel/errors.js';
import {
  contentSchema,
  diffContent,
  emptyContent,
  fieldName,
  flattenFormValues,
  formInputSchema,
  formStatusInputSchema,
  MAX_TABLE_ROWS,
  unflattenFormFields,
} from './content.js';
import { template2010 } from './template-2010.js';
import type { FormDef, ReportContent, TemplateDef } from './types.js';

/** A small template with every kind of field, so these tests hold for any template. */
const form: FormDef = {
  code: 'A',
  hasStatus: true,
  fields: [
    { kind: 'text', key: 'note', maxLength: 10 },
    { kind: 'text', key: 'story', multiline: true },
    { kind: 'number', key: 'area', min: 0 },
    { kind: 'number', key: 'count', integer: true },
    { kind: 'number', key: 'land', min: 0, unit: 'm²', unitKind: 'area' },
    { kind: 'date', key: 'on' },
    { kind: 'date', key: 'from', required: true },
    { kind: 'choice', key: 'colour', options: ['red', 'blue'] },
    { kind: 'yesno', key: 'plain' },
    { kind: 'yesno', key: 'graded', partly: true },
    {
      kind: 'table',
      key: 'rows',
      columns: [
        { kind: 'text', key: 'name' },
        { kind: 'number', key: 'qty', integer: true, min: 0 },
        { kind: 'choice', key: 'kind', options: ['x', 'y'] },
        { kind: 'date', key: 'day' },
      ],
    },
  ],
};
const cover: FormDef = { code: 'cover', hasStatus: false, fields: [{ kind: 'text', key: 'remarks' }] };
const template: TemplateDef = {
  id: 'test',
  reference: 'TEST/1',
  forms: [cover, form],
  meanings: { tables: {}, fields: {} },
};

const base = { from: '2024-01-01' };
const parse = (raw: Record<string, unknown>) => formInputSchema(form).safeParse({ ...base, ...raw });
const issues = (raw: Record<string, unknown>) =>
  (parse(raw).error?.issues ?? []).map((i) => ({ path: i.path, message: i.message }));

describe('formInputSchema: one value of each kind', () => {
  it.each([
    ['text is trimmed', { note: '  hello ' }, 'note', 'hello'],
    ['empty text is null', { note: '   ' }, 'note', null],
    ['CRLF becomes LF', { story: 'a\r\nb\r\n' }, 'story', 'a\nb'],
    ['an integer', { area: '1234' }, 'area', 1234],
    ['grouped digits', { area: '1 234' }, 'area', 1234],
    ['digits grouped by commas', { area: '1,100,000' }, 'area', 1_100_000],
    ['unknown, as a word', { area: 'Unknown' }, 'area', 'unknown'],
    ['not reported, as a word', { count: 'not reported' }, 'count', 'not_reported'],
    ['unknown, chosen beside the box', { area: { text: '', as: 'unknown' } }, 'area', 'unknown'],
    ['a decimal', { area: ' 1234.5 ' }, 'area', 1234.5],
    ['a negative number where no minimum is set', { count: '-3' }, 'count', -3],
    ['an empty number is null', { area: '' }, 'area', null],
    ['a date', { on: '2024-02-29' }, 'on', '2024-02-29'],
    ['a choice', { colour: 'blue' }, 'colour', 'blue'],
    ['yes', { plain: 'yes' }, 'plain', 'yes'],
    ['no', { plain: 'no' }, 'plain', 'no'],
    ['partly where allowed', { graded: 'partly' }, 'graded', 'partly'],
    ['an unanswered question (nothing posted) is null', {}, 'plain', null],
  ])('%s', (_, raw, key, expected) => {
    const result = parse(raw);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.[key]).toEqual(expected);
  });

  it.each([
    ['text too long', { note: 'x'.repeat(11) }, 'note', 'errors:tooLong'],
    ['text over the default 5000', { story: 'x'.repeat(5001) }, 'story', 'errors:tooLong'],
    ['English grouping that is not by threes', { area: '1,23,4' }, 'area', 'reports:errors.number'],
    ['a decimal comma in an English form', { area: '1234,5' }, 'area', 'reports:errors.number'],
    ['exponent notation', { area: '1e3' }, 'area', 'reports:errors.number'],
    ['words', { area: 'many' }, 'area', 'reports:errors.number'],
    ['a fraction where whole numbers are asked', { count: '2.5' }, 'count', 'reports:errors.integer'],
    ['below the minimum', { area: '-1' }, 'area', 'reports:errors.min'],
    ['a day that does not exist', { on: '2023-02-29' }, 'on', 'errors:date'],
    ['a date in another format', { on: '01/02/2024' }, 'on', 'errors:date'],
    ['a missing required date', { from: '' }, 'from', 'errors:required'],
    ['an option not offered', { colour: 'green' }, 'colour', 'reports:errors.choice'],
    ['partly where not allowed', { plain: 'partly' }, 'plain', 'reports:errors.choice'],
    ['a yes/no answer out of range', { graded: 'maybe' }, 'graded', 'reports:errors.choice'],
    ['a value that is not a string', { note: 5 }, 'note', 'errors:zod.invalid_type'],
  ])('refuses %s, at the field, with a catalogue key', (_, raw, key, message) => {
    expect(issues(raw)).toEqual([{ path: [key], message }]);
  });

  it('returns every field of the form, scalars null and tables empty when nothing is posted', () => {
    expect(parse({}).data).toEqual({ ...emptyContent(template).forms.A?.values, from: '2024-01-01' });
  });

  it('ignores names the form does not define (a form also posts its status and token)', () => {
    expect(parse({ _csrf: 'x' }).data).not.toHaveProperty('_csrf');
  });
});

describe('formInputSchema: tables', () => {
  it('types each cell and drops rows whose cells are all empty', () => {
    const result = parse({
      rows: [
        { name: ' M26 ', qty: '12', kind: 'x', day: '' },
        { name: '', qty: ' ', kind: '', day: '' },
        {},
        { name: '', qty: '3', kind: '', day: '2024-05-01' },
      ],
    });
    expect(result.data?.rows).toEqual([
      { name: 'M26', qty: 12, kind: 'x', day: null },
      { name: null, qty: 3, kind: null, day: '2024-05-01' },
    ]);
  });

  it('reports each error at its cell, with the row index as posted (before blank rows are dropped)', () => {
    expect(
      issues({
        rows: [
          { name: 'ok', qty: '1' },
          { name: '' },
          { name: 'bad', qty: '1.5', kind: 'z', day: '2024-13-01' },
          { qty: '-2' },
        ],
      }),
    ).toEqual([
      { path: ['rows', 2, 'qty'], message: 'reports:errors.integer' },
      { path: ['rows', 2, 'kind'], message: 'reports:errors.choice' },
      { path: ['rows', 2, 'day'], message: 'errors:date' },
      { path: ['rows', 3, 'qty'], message: 'reports:errors.min' },
    ]);
  });

  it('reports scalar and cell errors together', () => {
    expect(issues({ area: 'x', rows: [{ qty: 'y' }] }).map((i) => i.path)).toEqual([
      ['area'],
      ['rows', 0, 'qty'],
    ]);
  });

  it('refuses more rows than a table may hold', () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ({ name: 'a' }));
    expect(issues({ rows })).toEqual([{ path: ['rows'], message: 'reports:errors.tooManyRows' }]);
  });

  it('maps to the HTML names through the kernel form errors', () => {
    const error = parse({ rows: [{ qty: 'x' }] }).error!;
    expect(Object.keys(ValidationError.fromZod(error).fieldErrors)).toEqual(['rows.0.qty']);
    expect(fieldName(['rows', 0, 'qty'])).toBe('v.rows.0.qty');
  });
});

describe('formStatusInputSchema', () => {
  it.each([
    ['', null],
    ['changed', 'changed'],
    ['unchanged', 'unchanged'],
    ['not_applicable', 'not_applicable'],
  ])('%j → %j', (raw, expected) => expect(formStatusInputSchema.parse(raw)).toBe(expected));

  it('refuses an unknown status', () => {
    expect(formStatusInputSchema.safeParse('done').error?.issues[0]?.message).toBe('reports:errors.choice');
  });
});

/** Valid content of the test template, as formInputSchema would produce it. */
const filled: ReportContent = {
  template: 'test',
  forms: {
    cover: { status: null, values: { remarks: 'Provisional figures' } },
    A: {
      status: 'changed',
      values: {
        note: 'short',
        story: 'line one\nline two',
        area: 1234.5,
        count: -7,
        land: 2500,
        on: '2024-02-29',
        from: '2024-01-01',
        colour: 'red',
        plain: 'no',
        graded: 'partly',
        rows: [
          { name: 'M26', qty: 12, kind: 'x', day: null },
          { name: null, qty: 0, kind: null, day: '2024-05-01' },
        ],
      },
    },
  },
};

describe('flattenFormValues / unflattenFormFields', () => {
  it('names scalars v.<key> and cells v.<table>.<row>.<column>', () => {
    const fields = flattenFormValues(form, filled.forms.A!.values);
    expect(fields['v.area']).toBe('1234.5');
    expect(fields['v.on']).toBe('2024-02-29');
    expect(fields['v.rows.1.qty']).toBe('0');
    expect(fields['v.rows.0.day']).toBe('');
    expect(fields['v.graded']).toBe('partly');
  });

  it('round-trips valid content through the HTML form unchanged', () => {
    for (const f of template.forms) {
      const values = filled.forms[f.code]!.values;
      const posted = unflattenFormFields(f, flattenFormValues(f, values));
      expect(formInputSchema(f).parse(posted)).toEqual(values);
    }
  });

  it('round-trips numbers that JavaScript prints in exponent notation', () => {
    for (const area of [1e21, 5e-7]) {
      const fields = flattenFormValues(form, { ...filled.forms.A!.values, area });
      expect(fields['v.area']).not.toMatch(/e/i);
      expect(formInputSchema(form).parse(unflattenFormFields(form, fields)).area).toBe(area);
    }
  });

  it('round-trips the empty 2010 content, form by form', () => {
    const empty = emptyContent(template2010);
    for (const f of template2010.forms) {
      const values = empty.forms[f.code]!.values;
      const posted = unflattenFormFields(f, flattenFormValues(f, values));
      // The cover's required period cannot be empty on a posted form; every other form parses back.
      const parsed = formInputSchema(f).safeParse(posted);
      if (f.code === 'cover') expect(parsed.error?.issues.map((i) => i.path)).toHaveLength(2);
      else expect(parsed.data).toEqual(values);
    }
  });

  it('ignores other posted names, unknown columns and malformed indices; fills gaps with blank rows', () => {
    const raw = unflattenFormFields(form, {
      _csrf: 't',
      status: 'changed',
      'v.note': 'n',
      'v.rows.2.name': 'third',
      'v.rows.0.name': 'first',
      'v.rows.0.bogus': 'x',
      'v.rows.x.name': 'y',
      'v.rowsy.0.name': 'z',
    });
    expect(raw.note).toBe('n');
    expect(raw.rows).toEqual([{ name: 'first' }, {}, { name: 'third' }]);
    // Errors in the third posted row keep index 2, the index of its HTML names.
    const bad = unflattenFormFields(form, { 'v.from': '2024-01-01', 'v.rows.2.qty': 'x' });
    expect(formInputSchema(form).safeParse(bad).error?.issues[0]?.path).toEqual(['rows', 2, 'qty']);
  });

  it('bounds the rows a crafted index can create', () => {
    const raw = unflattenFormFields(form, { 'v.from': '2024-01-01', 'v.rows.99999999.name': 'x' });
    expect((raw.rows as unknown[]).length).toBe(MAX_TABLE_ROWS + 1);
    expect(formInputSchema(form).safeParse(raw).error?.issues[0]?.message).toBe('reports:errors.tooManyRows');
  });
});

describe('contentSchema', () => {
  it('accepts empty content, of the test template and of 2010', () => {
    expect(contentSchema(template).parse(emptyContent(template))).toEqual(emptyContent(template));
    expect(contentSchema(template2010).parse(emptyContent(template2010))).toEqual(emptyContent(template2010));
  });

  it('accepts valid content as it is', () => {
    expect(contentSchema(template).parse(filled)).toEqual(filled);
  });

  it('enforces required fields only when asked (drafts are saved incomplete)', () => {
    const result = contentSchema(template, { enforceRequired: true }).safeParse(emptyContent(template));
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['forms', 'A', 'values', 'from'], 'errors:required'],
    ]);
  });

  it('fills missing forms and fields, trims text and drops blank rows', () => {
    const parsed = contentSchema(template).parse({
      template: 'test',
      forms: { A: { status: 'unchanged', values: { note: ' x ', rows: [{ name: null }, { qty: 2 }] } } },
    });
    expect(parsed.forms.cover).toEqual({ status: null, values: { remarks: null } });
    expect(parsed.forms.A?.values.note).toBe('x');
    expect(parsed.forms.A?.values.area).toBeNull();
    expect(parsed.forms.A?.values.rows).toEqual([{ name: null, qty: 2, kind: null, day: null }]);
  });

  it('refuses strings that are not numbers, unknown keys, a wrong template and a status on the cover', () => {
    const result = contentSchema(template).safeParse({
      template: 'other',
      extra: 1,
      forms: {
        K: {},
        cover: { status: 'changed', values: {} },
        A: { status: 'done', values: { area: 'twelve', typo: 1, rows: [{ qty: 1.5, nope: 'x' }] } },
      },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['extra', 'errors:zod.unrecognized_keys'],
      ['template', 'reports:errors.choice'],
      ['forms.K', 'errors:zod.unrecognized_keys'],
      ['forms.cover.status', 'reports:errors.choice'],
      ['forms.A.status', 'reports:errors.choice'],
      ['forms.A.values.typo', 'errors:zod.unrecognized_keys'],
      ['forms.A.values.area', 'reports:errors.number'],
      ['forms.A.values.rows.0.nope', 'errors:zod.unrecognized_keys'],
      ['forms.A.values.rows.0.qty', 'reports:errors.integer'],
    ]);
  });
});

describe('diffContent', () => {
  const change = (edit: (c: ReportContent) => void): ReportContent => {
    const copy = structuredClone(filled);
    edit(copy);
    return copy;
  };

  it('finds no change between equal contents', () => {
    expect(diffContent(filled, structuredClone(filled), template)).toEqual([]);
    expect(diffContent(emptyContent(template2010), emptyContent(template2010), template2010)).toEqual([]);
  });

  it('reports a changed cell with its row and column', () => {
    const b = change((c) => {
      (c.forms.A!.values.rows as { qty: number }[])[1]!.qty = 5;
    });
    expect(diffContent(filled, b, template)).toEqual([
      { form: 'A', field: 'rows', row: 1, column: 'qty', change: 'changed', before: 0, after: 5 },
    ]);
  });

  it('reports an added row and a removed row as whole rows', () => {
    const row = { name: 'BLU-97', qty: 4, kind: 'y', day: null };
    const added = change((c) => {
      (c.forms.A!.values.rows as unknown[]).push(row);
    });
    expect(diffContent(filled, added, template)).toEqual([
      { form: 'A', field: 'rows', row: 2, change: 'added', before: null, after: row },
    ]);
    expect(diffContent(added, filled, template)).toEqual([
      { form: 'A', field: 'rows', row: 2, change: 'removed', before: row, after: null },
    ]);
  });

  it('reports a status change as field _status', () => {
    const b = change((c) => {
      c.forms.A!.status = 'unchanged';
    });
    expect(diffContent(filled, b, template)).toEqual([
      { form: 'A', field: '_status', change: 'changed', before: 'changed', after: 'unchanged' },
    ]);
  });

  it('tells a value given (added) or cleared (removed) from a value changed, in template order', () => {
    const b = change((c) => {
      c.forms.cover!.values.remarks = null;
      c.forms.A!.values.note = 'other';
      c.forms.A!.values.on = null;
    });
    expect(diffContent(filled, b, template).map((d) => [d.form, d.field, d.change])).toEqual([
      ['cover', 'remarks', 'removed'],
      ['A', 'note', 'changed'],
      ['A', 'on', 'removed'],
    ]);
    expect(diffContent(b, filled, template).map((d) => d.change)).toEqual(['added', 'changed', 'added']);
  });

  it('treats a missing form as empty', () => {
    const partial: ReportContent = { template: 'test', forms: { cover: filled.forms.cover! } };
    const diff = diffContent(partial, filled, template);
    expect(diff[0]).toEqual({ form: 'A', field: '_status', change: 'added', before: null, after: 'changed' });
    expect(diff.every((d) => d.change === 'added')).toBe(true);
  });
});

describe('numbers as each language writes them', () => {
  const read = (locale: 'en' | 'fr' | 'es', raw: Record<string, unknown>) =>
    formInputSchema(form, locale).safeParse({ ...base, ...raw });

  it.each([
    ['en', '1,100,000.5', 1_100_000.5],
    ['fr', '1 100 000,5', 1_100_000.5],
    ['fr', '1\u202f100\u00a0000', 1_100_000],
    ['es', '1.100.000,5', 1_100_000.5],
    ['es', '1 100 000', 1_100_000],
  ] as const)('%s reads %j', (locale, text, value) => {
    expect(read(locale, { area: text }).data?.area).toBe(value);
  });

  it('refuses what the language would read another way, at the field', () => {
    expect(read('fr', { area: '1,100,000' }).error?.issues[0]).toMatchObject({
      path: ['area'],
      message: 'reports:errors.number',
    });
    expect(read('es', { area: '2.5' }).error?.issues[0]?.path).toEqual(['area']);
  });

  it('shows a stored figure in the language of the form, and reads it back the same', () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const fields = flattenFormValues(form, { ...filled.forms.A!.values, area: 1234.5 }, locale);
      expect(fields['v.area']).toBe(locale === 'en' ? '1234.5' : '1234,5');
      expect(formInputSchema(form, locale).parse(unflattenFormFields(form, fields)).area).toBe(1234.5);
    }
  });
});

describe('unknown and not reported', () => {
  it('are stored as themselves, never 0 nor blank, from the select or the words of any language', () => {
    const posted = unflattenFormFields(form, {
      'v.from': '2024-01-01',
      'v.area': '',
      'v.area.as': 'unknown',
      'v.count': 'non communiqué',
      'v.rows.0.qty': '',
      'v.rows.0.qty.as': 'not_reported',
    });
    const values = formInputSchema(form, 'fr').parse(posted);
    expect(values.area).toBe('unknown');
    expect(values.count).toBe('not_reported');
    expect(values.rows).toEqual([{ name: null, qty: 'not_reported', kind: null, day: null }]);
  });

  it('round-trip through the HTML form and through stored content', () => {
    const values = { ...filled.forms.A!.values, area: 'unknown', count: 'not_reported' };
    const fields = flattenFormValues(form, values, 'es');
    expect(fields['v.area']).toBe('');
    expect(fields['v.area.as']).toBe('unknown');
    expect(formInputSchema(form, 'es').parse(unflattenFormFields(form, fields))).toEqual(values);
    const content = { ...filled, forms: { ...filled.forms, A: { status: null, values } } };
    expect(contentSchema(template).parse(content).forms.A?.values).toMatchObject({
      area: 'unknown',
      count: 'not_reported',
    });
  });

  it('refuses a figure typed with a state chosen beside it, and a state not offered', () => {
    const error = (raw: unknown) => formInputSchema(form).safeParse({ ...base, area: raw }).error?.issues[0];
    expect(error({ text: '12', as: 'unknown' })?.message).toBe('reports:errors.number');
    expect(error({ text: '12', as: 'km2' })?.message).toBe('reports:errors.choice'); // not an area
    expect(
      contentSchema(template).safeParse({ template: 'test', forms: { A: { values: { area: 'maybe' } } } })
        .success,
    ).toBe(false);
  });
});

describe('areas in m², hectares or km²', () => {
  it('stores square metres and keeps the figure as given', () => {
    const values = formInputSchema(form, 'fr').parse({ ...base, land: { text: '12,5', as: 'km2' } });
    expect(values.land).toBe(12_500_000);
    expect(values['land@given']).toBe('12.5 km2');
    const typed = formInputSchema(form).parse({ ...base, land: '3 ha' });
    expect([typed.land, typed['land@given']]).toEqual([30_000, '3 ha']);
    expect(formInputSchema(form).parse({ ...base, land: { text: '1,250', as: 'm2' } }).land).toBe(1250);
    expect(formInputSchema(form).parse({ ...base, land: '1,250' })).not.toHaveProperty('land@given');
  });

  it('shows the figure as given in the form, and reads it back the same', () => {
    const values = { ...filled.forms.A!.values, land: 5000, 'land@given': '0.5 ha' };
    const fields = flattenFormValues(form, values, 'fr');
    expect([fields['v.land'], fields['v.land.as']]).toEqual(['0,5', 'ha']);
    expect(formInputSchema(form, 'fr').parse(unflattenFormFields(form, fields))).toEqual(values);
  });

  it('computes the square metres of stored content from the figure as given, and refuses a malformed one', () => {
    const content = (values: Record<string, unknown>) => ({ template: 'test', forms: { A: { values } } });
    expect(
      contentSchema(template).parse(content({ land: 1, 'land@given': '2 km2' })).forms.A?.values,
    ).toMatchObject({
      land: 2_000_000,
      'land@given': '2 km2',
    });
    expect(contentSchema(template).safeParse(content({ land: 1, 'land@given': 'two' })).success).toBe(false);
    // Only an area keeps a figure as given.
    expect(contentSchema(template).safeParse(content({ area: 1, 'area@given': '2 km2' })).success).toBe(
      false,
    );
  });

  it('a unit chosen beside an empty box makes no row', () => {
    const raw = unflattenFormFields(form, { 'v.from': '2024-01-01', 'v.land': '', 'v.land.as': 'ha' });
    expect(formInputSchema(form).parse(raw).land).toBeNull();
  });
});
