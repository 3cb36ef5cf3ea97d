import { template2010 } from './template-2010.js';
import { template2010Lap } from './template-2010-lap.js';
import type { FormDef, TemplateDef } from './types.js';

/** Every template version a stored report may use; old ones stay so old reports still render. */
export const templates: readonly TemplateDef[] = [template2010, template2010Lap];

/** The version new reports are created with when nobody chooses: the Convention's official one. */
export const currentTemplateId = '2010';

/**
 * The versions a new report may be started on (decision 020): the official one and the platform's
 * supplement of it. When the amended official template is registered it takes both places.
 */
export const offeredTemplateIds = ['2010', '2010-lap'] as const;

/** The template a report version names; an unknown id is a programming or data error, not a user's. */
export function getTemplate(id: string): TemplateDef {
  const template = templates.find((t) => t.id === id);
  if (!template) {
    throw new Error(
      `Unknown report template "${id}"; known templates: ${templates.map((t) => t.id).join(', ')}`,
    );
  }
  return template;
}

/** One form of a template; throws when the template has no such form. */
export function getForm(template: TemplateDef, code: string): FormDef {
  const form = template.forms.find((f) => f.code === code);
  if (!form) throw new Error(`Report template ${template.id} has no form "${code}"`);
  return form;
}

/**
 * Whether a version is an amended official template (LAP 45, "the adapted Article 7 form"):
 * neither the 2010 formats nor a supplement of the platform's own.
 */
export const isAmendedOfficialTemplate = (id: string): boolean =>
  id !== '2010' && templates.find((t) => t.id === id)?.supplement === undefined;

/**
 * Whether content of one version carries over to another: the same version, or a version and the
 * supplement made of it (either way: every key one keeps, the other keeps too).
 */
export function carriesOver(from: string, to: string): boolean {
  const family = (id: string) => getTemplate(id).supplement?.of ?? id;
  return family(from) === family(to);
}

/**
 * The version two reports are compared in: the later one's, unless one is the supplement of the
 * other, whose questions then all show (an answer only one of them was asked as added or removed).
 */
export function comparedIn(from: string, to: string): TemplateDef {
  const a = getTemplate(from);
  const b = getTemplate(to);
  return a.supplement?.of === b.id ? a : b;
}
