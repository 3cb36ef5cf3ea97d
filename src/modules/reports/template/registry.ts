import { template2010 } from './template-2010.js';
import type { FormDef, TemplateDef } from './types.js';

/** Every template version a stored report may use; old ones stay so old reports still render. */
export const templates: readonly TemplateDef[] = [template2010];

/** The version new reports are created with. */
export const currentTemplateId = '2010';

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
