import { describe, expect, it } from 'vitest';
import { currentTemplateId, getForm, getTemplate, templates } from './registry.js';
import { template2010 } from './template-2010.js';

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
