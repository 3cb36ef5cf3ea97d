import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { ErrorSummary } from '../../../kernel/views/fields.js';
import type { PracticeView } from '../queries.js';
import { practiceAreas, practiceLanguages, sourceKinds } from '../vocabulary.js';

/** A practice form as typed: every field a string, the per-language ones named `texts.<lang>.<field>`. */
export type PracticeFormValues = Record<string, string>;

export const textFields = ['title', 'done', 'achieved'] as const;

export const blankPracticeForm = (ownState: string | null): PracticeFormValues => ({
  area: '',
  language: 'en',
  states: ownState ?? '',
  partners: '',
  sourceKind: 'document',
  sourceReference: '',
  sourceTitle: '',
  lapAction: '',
  practiceOn: '',
  status: 'published',
});

export function formValuesOf(p: PracticeView): PracticeFormValues {
  const v: PracticeFormValues = {
    area: p.area,
    language: p.language,
    states: p.states.map((s) => s.iso3).join(', '),
    partners: p.partners.join('; '),
    sourceKind: p.source.kind,
    sourceReference: p.source.reference,
    sourceTitle: p.source.title,
    lapAction: p.lapAction === null ? '' : String(p.lapAction),
    practiceOn: p.practiceOn ?? '',
    status: p.status === 'withdrawn' ? 'published' : p.status,
  };
  for (const l of practiceLanguages) for (const f of textFields) v[`texts.${l}.${f}`] = p.texts[l]?.[f] ?? '';
  return v;
}

/** The practice's area and the language it is first written in. */
const practiceFields = (t: Translate): FieldSpec[] => [
  {
    kind: 'select',
    name: 'area',
    label: t('practices:col.area'),
    required: true,
    emptyLabel: t('practices:form.choose'),
    options: vocabularyOptions(t, practiceAreas, 'practices:area.'),
  },
  {
    kind: 'select',
    name: 'language',
    label: t('practices:field.language'),
    hint: t('practices:form.languageHint'),
    required: true,
    options: vocabularyOptions(t, practiceLanguages, 'practices:languageName.'),
  },
];

/** What was done and achieved, in one language. */
const textFieldsIn = (t: Translate, l: string): FieldSpec[] => [
  { kind: 'text', name: `texts.${l}.title`, label: t('practices:field.title'), maxLength: 200 },
  { kind: 'textarea', name: `texts.${l}.done`, label: t('practices:field.done'), maxLength: 4000 },
  {
    kind: 'textarea',
    name: `texts.${l}.achieved`,
    label: t('practices:field.achieved'),
    hint: t('practices:form.achievedHint'),
    maxLength: 4000,
  },
];

/** Who, where it is written, the action of the plan and when; editing, whether it is published. */
const sourceFields = (t: Translate, canPublish: boolean): Array<FieldSpec | false> => [
  { kind: 'text', name: 'states', label: t('practices:col.states'), hint: t('practices:form.statesHint') },
  {
    kind: 'textarea',
    name: 'partners',
    label: t('practices:col.partners'),
    hint: t('practices:form.partnersHint'),
  },
  {
    kind: 'select',
    name: 'sourceKind',
    label: t('practices:col.sourceKind'),
    required: true,
    options: vocabularyOptions(t, sourceKinds, 'practices:sourceKind.'),
  },
  {
    kind: 'text',
    name: 'sourceReference',
    label: t('practices:field.sourceReference'),
    hint: t('practices:form.sourceReferenceHint'),
    required: true,
    maxLength: 300,
  },
  {
    kind: 'text',
    name: 'sourceTitle',
    label: t('practices:field.sourceTitle'),
    required: true,
    maxLength: 500,
  },
  {
    kind: 'text',
    name: 'lapAction',
    type: 'number',
    label: t('practices:col.action'),
    hint: t('practices:form.actionHint'),
  },
  {
    kind: 'text',
    name: 'practiceOn',
    label: t('practices:col.date'),
    hint: t('practices:form.dateHint'),
    pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?',
  },
  canPublish && {
    kind: 'select',
    name: 'status',
    label: t('practices:col.status'),
    options: vocabularyOptions(t, ['proposed', 'published'], 'practices:status.'),
  },
];

export function PracticeFormPage(p: {
  t: Translate;
  practice: PracticeView | null;
  values: PracticeFormValues;
  errors?: FieldErrors;
  version?: number;
  /** A focal point proposes for its own State: the States field says so. */
  ownState: string | null;
  canPublish: boolean;
}) {
  const { t, values: v, errors } = p;
  const action = p.practice ? `/good-practices/${p.practice.id}/edit` : '/good-practices/new';
  return (
    <section>
      <h1>{p.practice ? t('practices:form.editTitle') : t('practices:form.newTitle')}</h1>
      <ErrorSummary errors={errors} title={t('practices:form.errorsTitle')} />
      {p.ownState ? <p class="hint">{t('practices:form.ownStateHint', { iso3: p.ownState })}</p> : null}
      <form method="post" action={`${action}#errors`}>
        {p.version !== undefined ? <input type="hidden" name="version" value={String(p.version)} /> : null}
        <FieldList fields={practiceFields(t)} values={v} errors={errors} />
        {practiceLanguages.map((l) => (
          <fieldset lang={l}>
            <legend>{t('practices:form.textsIn', { language: t(`practices:languageName.${l}`) })}</legend>
            <FieldList fields={textFieldsIn(t, l)} values={v} errors={errors} />
          </fieldset>
        ))}
        <FieldList fields={sourceFields(t, Boolean(p.practice && p.canPublish))} values={v} errors={errors} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.practice ? `/good-practices/${p.practice.id}` : '/good-practices'}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
