import { describe, expect, it } from 'vitest';
import { contentFor, contentSchema, emptyContent } from './content.js';
import { carriesOver, comparedIn, currentTemplateId, getForm, getTemplate, templates } from './registry.js';
import { template2010 } from './template-2010.js';
import { template2010Lap } from './template-2010-lap.js';

describe('template registry', () => {
  it('finds the current template', () => {
    expect(getTemplate(currentTemplateId)).toBe(template2010);
    expect(templates.map((t) => t.id)).toContain(currentTemplateId);
  });

  it('has unique ids', () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('names the unknown id and the known ones when a template does not exist', () => {
    expect(() => getTemplate('1999')).toThrow(/Unknown report template "1999"; known templates: 2010/);
  });

  it('finds a form by code and refuses an unknown one', () => {
    expect(getForm(template2010, 'I').code).toBe('I');
    expect(() => getForm(template2010, 'K')).toThrow(/has no form "K"/);
  });
});

describe('content carried between a version and its supplement', () => {
  it('carries over within a family only', () => {
    expect(carriesOver('2010', '2010')).toBe(true);
    expect(carriesOver('2010', '2010-lap')).toBe(true);
    expect(carriesOver('2010-lap', '2010')).toBe(true);
    expect(() => carriesOver('2010', '1999')).toThrow(/Unknown report template/);
  });

  it('keeps every answer both versions ask; the other version starts its own questions empty', () => {
    const on2010 = emptyContent(template2010);
    on2010.forms.F = { status: 'changed', values: { ...on2010.forms.F!.values, nationalStrategy: 'yes' } };
    const onLap = contentFor(template2010Lap, on2010);
    expect(onLap.template).toBe('2010-lap');
    expect(onLap.forms.F?.status).toBe('changed');
    expect(onLap.forms.F?.values).toMatchObject({ nationalStrategy: 'yes', comprehensiveStrategy: null });
    expect(contentSchema(template2010Lap).parse(onLap)).toEqual(onLap);
    onLap.forms.F!.values.comprehensiveStrategy = 'no';
    // Back to 2010: the supplement's question is dropped, nothing else changes.
    expect(contentFor(template2010, onLap)).toEqual(on2010);
  });
});

describe('comparedIn', () => {
  it("compares a version and its supplement in the supplement, so the platform's questions show", () => {
    expect(comparedIn('2010', '2010-lap')).toBe(template2010Lap);
    expect(comparedIn('2010-lap', '2010')).toBe(template2010Lap);
    expect(comparedIn('2010', '2010')).toBe(template2010);
  });
});
