import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoCurrency } from '../../../kernel/currencies.js';
import { translator } from '../../../kernel/i18n/index.js';
import { indicatorsOf } from './content.js';
import { templateText } from './labels.js';
import { answerMeanings } from './meanings.js';
import { getTemplate, offeredTemplateIds, templates } from './registry.js';
import { template2010 } from './template-2010.js';
import { template2010Lap } from './template-2010-lap.js';
import {
  type FieldDef,
  type FormDef,
  formCodes,
  isBeyondTemplate,
  labelKeys,
  labelNamespacesOf,
  type ScalarField,
  type TemplateDef,
} from './types.js';

type Tree = { [k: string]: string | Tree };
const catalogueOf = (ns: string) =>
  JSON.parse(readFileSync(new URL(`../../../locales/en/${ns}.json`, import.meta.url), 'utf8')) as Tree;

/** Looks a `namespace:a.b.c` key up in the English catalogue. */
function lookup(key: string): string | Tree | undefined {
  const [ns, path] = key.split(':') as [string, string];
  let node: string | Tree | undefined = catalogueOf(ns);
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** The label a template shows at a path: the first of its namespaces that has it. */
const found = (def: TemplateDef, ...path: string[]) =>
  labelKeys(def, ...path)
    .map(lookup)
    .find((v) => typeof v === 'string' && v.trim() !== '');

/** Every catalogue path the definition implies: titles, intros, labels, help, option names. */
function impliedPaths(form: FormDef): string[][] {
  const k = (...path: string[]) => ['forms', form.code, ...path];
  const options = (f: ScalarField, ...at: string[]) =>
    f.kind === 'choice' ? f.options.map((o) => k(...at, 'options', o)) : [];
  return [
    k('title'),
    k('intro'),
    ...form.fields.flatMap((f) => [
      k('fields', f.key, 'label'),
      k('fields', f.key, 'help'),
      ...(f.kind === 'table'
        ? f.columns.flatMap((c) => [
            k('fields', f.key, 'columns', c.key, 'label'),
            ...options(c, 'fields', f.key, 'columns', c.key),
          ])
        : options(f, 'fields', f.key)),
    ]),
  ];
}

const allFields = (form: FormDef): FieldDef[] =>
  form.fields.flatMap((f) => (f.kind === 'table' ? [f, ...f.columns] : [f]));

describe.each(templates.map((d) => [d.id, d] as const))('template %s', (_, def) => {
  it('has the cover page and forms A–J, in order, each once', () => {
    expect(def.forms.map((f) => f.code)).toEqual([...formCodes]);
    expect(def.reference).toContain('CCM/MSP/2010/PM/10');
  });

  it('asks a status on every form but the cover', () => {
    for (const form of def.forms) expect(form.hasStatus, form.code).toBe(form.code !== 'cover');
  });

  it('uses stable lowerCamelCase keys, unique within a form and within a table', () => {
    for (const form of def.forms) {
      const keys = form.fields.map((f) => f.key);
      expect(new Set(keys).size, form.code).toBe(keys.length);
      for (const field of form.fields) {
        expect(field.key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        if (field.kind !== 'table') continue;
        const cols = field.columns.map((c) => c.key);
        expect(new Set(cols).size, field.key).toBe(cols.length);
        for (const c of cols) expect(c).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      }
    }
  });

  it('requires only the reporting period, so drafts can be saved incomplete', () => {
    const required = def.forms.flatMap((form) =>
      allFields(form)
        .filter((f) => f.kind !== 'table' && f.required)
        .map((f) => `${form.code}.${f.key}`),
    );
    expect(required).toEqual(['cover.reportingPeriodFrom', 'cover.reportingPeriodTo']);
  });

  it('gives every choice at least two distinct options', () => {
    for (const form of def.forms)
      for (const f of allFields(form))
        if (f.kind === 'choice') {
          expect(f.options.length).toBeGreaterThan(1);
          expect(new Set(f.options).size).toBe(f.options.length);
        }
  });

  it('names only Lausanne Action Plan actions 1–50 as indicators', () => {
    const indicators = def.forms.flatMap((form) => allFields(form).flatMap(indicatorsOf));
    expect(indicators.length).toBeGreaterThan(20);
    for (const i of indicators) {
      expect(i).toMatch(/^LAP[1-9]\d?$/);
      expect(Number(i.slice(3))).toBeLessThanOrEqual(50);
    }
  });

  it('has every label, help and option it implies in one of its catalogue namespaces', () => {
    const missing = def.forms
      .flatMap(impliedPaths)
      // A currency the catalogue does not name is named by Intl in the reader's language (labels.ts).
      .filter((path) => !(path.at(-2) === 'options' && isIsoCurrency(path.at(-1)!)))
      .filter((path) => found(def, ...path) === undefined)
      .map((path) => path.join('.'));
    expect(missing).toEqual([]);
    expect(found(def, 'title')).toBeDefined();
  });

  it('has no catalogue entries for forms, fields or columns the definition lacks (stale labels)', () => {
    const stale: string[] = [];
    for (const ns of labelNamespacesOf(def)) {
      // A namespace another version owns is checked with that version.
      if (templates.some((o) => o.id !== def.id && labelNamespacesOf(o)[0] === ns)) continue;
      const forms = catalogueOf(ns).forms as Tree;
      for (const [code, formTree] of Object.entries(forms)) {
        const form = def.forms.find((f) => f.code === code);
        if (!form) {
          stale.push(code);
          continue;
        }
        for (const [key, fieldTree] of Object.entries((formTree as Tree).fields as Tree)) {
          const field = form.fields.find((f) => f.key === key);
          if (!field) stale.push(`${code}.${key}`);
          const columns = (fieldTree as Tree).columns as Tree | undefined;
          for (const col of Object.keys(columns ?? {}))
            if (field?.kind !== 'table' || !field.columns.some((c) => c.key === col))
              stale.push(`${code}.${key}.${col}`);
        }
      }
    }
    expect(stale).toEqual([]);
  });

  it('maps every answer meaning it declares to a yes/no or text question of its own', () => {
    for (const [meaning, at] of Object.entries(def.meanings.answers ?? {})) {
      const field = def.forms.find((f) => f.code === at!.form)?.fields.find((f) => f.key === at!.question);
      expect(field?.kind === 'yesno' || field?.kind === 'text', meaning).toBe(true);
    }
  });
});

describe("the platform's supplementary version (2010-lap)", () => {
  const where = (def: TemplateDef, meaning: keyof NonNullable<TemplateDef['meanings']['answers']>) =>
    def.meanings.answers?.[meaning];

  it('is the 2010 formats plus questions: every 2010 form, field and meaning kept, in order', () => {
    expect(getTemplate('2010-lap')).toBe(template2010Lap);
    expect(template2010Lap.supplement?.of).toBe('2010');
    expect(template2010Lap.meanings.tables).toEqual(template2010.meanings.tables);
    expect(template2010Lap.meanings.fields).toEqual(template2010.meanings.fields);
    for (const form of template2010.forms) {
      const lap = template2010Lap.forms.find((f) => f.code === form.code)!;
      const keys = lap.fields.map((f) => f.key);
      expect(keys.slice(0, form.fields.length), form.code).toEqual(form.fields.map((f) => f.key));
      const added = keys.slice(form.fields.length).map((k) => `${form.code}.${k}`);
      expect(added.every((q) => template2010Lap.supplement!.questions.includes(q))).toBe(true);
    }
    expect(template2010Lap.supplement!.questions).toHaveLength(
      template2010Lap.forms.reduce((n, f) => n + f.fields.length, 0) -
        template2010.forms.reduce((n, f) => n + f.fields.length, 0),
    );
  });

  it("says it is the platform's, not the Convention's, in its reference and its catalogue", () => {
    expect(template2010Lap.reference).toMatch(/^Platform supplement to CCM\/MSP\/2010\/PM\/10/);
    expect(labelNamespacesOf(template2010Lap)).toEqual(['template2010lap', 'template2010']);
    expect(lookup('template2010lap:platformQuestion')).toContain('{{label}}');
    expect(lookup('template2010lap:reference')).toMatch(/not part of the Convention's template/);
    // Each question it adds has its own words: none borrows a 2010 label.
    for (const q of template2010Lap.supplement!.questions) {
      const [code, key] = q.split('.') as [string, string];
      expect(lookup(`template2010lap:forms.${code}.fields.${key}.label`), q).toEqual(expect.any(String));
    }
  });

  it('asks every answer meaning, the split pairs each in a question of its own', () => {
    expect(Object.keys(template2010Lap.meanings.answers ?? {}).sort()).toEqual([...answerMeanings].sort());
    for (const [a, b] of [
      ['nationalStrategy', 'evidenceBasedStrategy'],
      ['genderDiversityInPlans', 'genderDiversityInClearance'],
    ] as const) {
      expect(where(template2010, a)).toEqual(where(template2010, b));
      expect(where(template2010Lap, a)).not.toEqual(where(template2010Lap, b));
    }
    // The 2010 question keeps the narrower meaning and counts towards that action only.
    const f = template2010Lap.forms.find((x) => x.code === 'F')!;
    expect(indicatorsOf(f.fields.find((x) => x.key === 'nationalStrategy')!)).toEqual(['LAP19']);
    expect(indicatorsOf(f.fields.find((x) => x.key === 'genderDiversityIntegrated')!)).toEqual(['LAP23']);
    expect(where(template2010Lap, 'evidenceBasedStrategy')).toEqual({
      form: 'F',
      question: 'nationalStrategy',
    });
  });

  it('is offered for new reports beside the official version', () => {
    expect(offeredTemplateIds).toEqual(['2010', '2010-lap']);
  });
});

describe('detail beyond the template', () => {
  const beyond = [
    ['F', 'contaminatedAreas', 'status'],
    ['F', 'areaAddedInPeriod', undefined],
    ['G', 'activities', 'totalReached'],
    ['H', 'victims', 'submunitionCasualties'],
    ['H', 'victims', 'otherRemnantCasualties'],
    ['I', 'nationalResources', 'amountUsd'],
    ['I', 'assistanceProvided', 'amountUsd'],
    ['I', 'assistanceReceived', 'amountUsd'],
  ] as const;

  it.each(templates.map((d) => [d.id, d] as const))('%s marks exactly these fields and columns', (_, def) => {
    const marked: Array<readonly [string, string, string | undefined]> = [];
    for (const form of def.forms)
      for (const f of form.fields) {
        if (f.kind !== 'table' && f.beyondTemplate) marked.push([form.code, f.key, undefined]);
        if (f.kind === 'table')
          for (const c of f.columns) if (c.beyondTemplate) marked.push([form.code, f.key, c.key]);
      }
    expect(marked).toEqual(beyond);
    for (const [form, key, column] of beyond) expect(isBeyondTemplate(def, form, key, column)).toBe(true);
    expect(isBeyondTemplate(def, 'F', 'contaminatedAreas', 'area')).toBe(false);
    expect(isBeyondTemplate(def, 'F', 'totalRemainingArea')).toBe(false);
  });

  it('says so in every label, in every language, and nowhere else', () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const text = templateText(translator(locale), template2010);
      const status = text.label('forms', 'F', 'fields', 'contaminatedAreas', 'columns', 'status', 'label');
      const area = text.label('forms', 'F', 'fields', 'contaminatedAreas', 'columns', 'area', 'label');
      const added = text.label('forms', 'F', 'fields', 'areaAddedInPeriod', 'label');
      expect(status, locale).toContain('CCM/MSP/2010/PM/10');
      expect(added, locale).toContain('CCM/MSP/2010/PM/10');
      expect(area, locale).not.toContain('CCM/MSP/2010/PM/10');
    }
    expect(
      templateText(translator('en'), template2010).label(
        'forms',
        'H',
        'fields',
        'victims',
        'columns',
        'submunitionCasualties',
        'label',
      ),
    ).toBe(
      'Of which: casualties of submunitions [beyond the template: a detail the State reports that CCM/MSP/2010/PM/10 does not ask]',
    );
  });
});
