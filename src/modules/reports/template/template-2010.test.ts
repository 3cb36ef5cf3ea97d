import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './content.js';
import { template2010 } from './template-2010.js';
import { type FieldDef, type FormDef, formCodes, labelKey, type ScalarField } from './types.js';

type Tree = { [k: string]: string | Tree };
const catalogue = JSON.parse(
  readFileSync(new URL('../../../locales/en/template2010.json', import.meta.url), 'utf8'),
) as Tree;

/** Looks a `template2010:a.b.c` key up in the English catalogue. */
function lookup(key: string): string | Tree | undefined {
  const [ns, path] = key.split(':') as [string, string];
  expect(ns).toBe('template2010');
  let node: string | Tree | undefined = catalogue;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** Every catalogue key the definition implies: titles, intros, labels, help, option names. */
function impliedKeys(form: FormDef): string[] {
  const k = (...path: string[]) => labelKey(template2010.id, 'forms', form.code, ...path);
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

describe('template 2010', () => {
  it('has the cover page and forms A–J, in order, each once', () => {
    expect(template2010.forms.map((f) => f.code)).toEqual([...formCodes]);
    expect(template2010.reference).toBe('CCM/MSP/2010/PM/10');
  });

  it('asks a status on every form but the cover', () => {
    for (const form of template2010.forms) expect(form.hasStatus, form.code).toBe(form.code !== 'cover');
  });

  it('uses stable lowerCamelCase keys, unique within a form and within a table', () => {
    for (const form of template2010.forms) {
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
    const required = template2010.forms.flatMap((form) =>
      allFields(form)
        .filter((f) => f.kind !== 'table' && f.required)
        .map((f) => `${form.code}.${f.key}`),
    );
    expect(required).toEqual(['cover.reportingPeriodFrom', 'cover.reportingPeriodTo']);
  });

  it('gives every choice at least two distinct options', () => {
    for (const form of template2010.forms)
      for (const f of allFields(form))
        if (f.kind === 'choice') {
          expect(f.options.length).toBeGreaterThan(1);
          expect(new Set(f.options).size).toBe(f.options.length);
        }
  });

  it('names only Lausanne Action Plan actions 1–50 as indicators', () => {
    const indicators = template2010.forms.flatMap((form) => allFields(form).flatMap(indicatorsOf));
    expect(indicators.length).toBeGreaterThan(20);
    for (const i of indicators) {
      expect(i).toMatch(/^LAP[1-9]\d?$/);
      expect(Number(i.slice(3))).toBeLessThanOrEqual(50);
    }
  });

  it('has every label, help and option key it implies in the English catalogue', () => {
    const missing = template2010.forms
      .flatMap(impliedKeys)
      .filter((key) => typeof lookup(key) !== 'string' || (lookup(key) as string).trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no catalogue entries for forms, fields or columns the definition lacks (stale labels)', () => {
    const stale: string[] = [];
    const forms = catalogue.forms as Tree;
    for (const [code, formTree] of Object.entries(forms)) {
      const form = template2010.forms.find((f) => f.code === code);
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
    expect(stale).toEqual([]);
  });
});
