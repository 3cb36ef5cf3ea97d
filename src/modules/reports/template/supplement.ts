import type { AnswerMeaningName } from './meanings.js';
import { type FormCode, labelNamespacesOf, type ScalarField, type TemplateDef } from './types.js';

/**
 * A template version made of another plus questions of the platform's own: every form, field and
 * meaning of the base is kept (so reports move between the two without losing an answer), the
 * added questions come after the base's fields of their form, and the answers they hold are
 * declared by meaning like any other.
 */
export interface SupplementSpec {
  id: string;
  reference: string;
  /** The supplement's own catalogue namespace; labels it does not change come from the base's. */
  namespace: string;
  /** Yes/no or text questions added at the end of each form. */
  add: Partial<Record<FormCode, readonly ScalarField[]>>;
  /**
   * Questions of the base whose indicators change: where the base asked one question for two
   * meanings and the supplement asks a second, the first now counts towards one action only.
   */
  indicators?: Partial<Record<FormCode, Record<string, { indicator: string; alsoIndicators?: string[] }>>>;
  /** Where each answer is asked: replaces the base's place for a meaning, adds the new ones. */
  answers: { [A in AnswerMeaningName]?: { form: FormCode; question: string } };
}

export function supplementOf(base: TemplateDef, spec: SupplementSpec): TemplateDef {
  const questions: string[] = [];
  const forms = base.forms.map((form) => {
    const retag = spec.indicators?.[form.code] ?? {};
    const added = spec.add[form.code] ?? [];
    for (const q of added) {
      if (form.fields.some((f) => f.key === q.key))
        throw new Error(`Supplement ${spec.id}: form ${form.code} already has "${q.key}"`);
      questions.push(`${form.code}.${q.key}`);
    }
    return {
      ...form,
      fields: [
        ...form.fields.map((f) => {
          const tag = retag[f.key];
          if (!tag) return f;
          if (f.kind !== 'yesno' && f.kind !== 'text')
            throw new Error(`Supplement ${spec.id}: ${form.code}.${f.key} counts towards no indicator`);
          const { alsoIndicators: _, ...rest } = f;
          return { ...rest, ...tag };
        }),
        ...added,
      ],
    };
  });
  for (const code of Object.keys(spec.add))
    if (!base.forms.some((f) => f.code === code))
      throw new Error(`Supplement ${spec.id}: ${base.id} has no form "${code}"`);
  return {
    id: spec.id,
    reference: spec.reference,
    labelNamespaces: [spec.namespace, ...labelNamespacesOf(base)],
    supplement: { of: base.id, questions },
    forms,
    meanings: {
      ...base.meanings,
      answers: { ...base.meanings.answers, ...spec.answers },
    },
  };
}
