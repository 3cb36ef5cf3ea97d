import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { stateOptions, vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import { areas } from '../../cooperation/index.js';
import { coalitionStatuses } from '../vocabulary.js';

/** The fields before the areas: the State, the name and the members. */
function whoFields(t: Translate, states: Array<{ iso3: string; name: string }>): FieldSpec[] {
  return [
    {
      kind: 'select',
      name: 'stateIso3',
      label: t('coalitions:col.state'),
      required: true,
      emptyLabel: '',
      options: stateOptions(states),
    },
    { kind: 'text', name: 'name', label: t('coalitions:col.name'), required: true, maxLength: 200 },
    {
      kind: 'textarea',
      name: 'members',
      label: t('coalitions:col.members'),
      hint: t('coalitions:form.membersHint'),
    },
  ];
}

/** One box per area of the Convention the coalition works on. */
const areaBoxes = (t: Translate): FieldSpec[] =>
  areas.map((a) => ({ kind: 'checkbox', name: `area_${a}`, label: t(`coalitions:area.${a}`) }));

/** The fields after the areas: when, how it stands, where it is known from, whether it is public. */
function recordFields(t: Translate): FieldSpec[] {
  return [
    {
      kind: 'text',
      name: 'establishedOn',
      label: t('coalitions:col.establishedOn'),
      hint: t('coalitions:form.establishedHint'),
    },
    {
      kind: 'select',
      name: 'status',
      label: t('coalitions:col.storedStatus'),
      hint: t('coalitions:form.statusHint'),
      required: true,
      options: vocabularyOptions(t, coalitionStatuses, 'coalitions:status.'),
    },
    {
      kind: 'textarea',
      name: 'source',
      label: t('coalitions:col.source'),
      hint: t('coalitions:form.sourceHint'),
      required: true,
    },
    {
      kind: 'checkbox',
      name: 'published',
      label: t('coalitions:form.published'),
      hint: t('coalitions:form.publishedHint'),
    },
    { kind: 'textarea', name: 'notes', label: t('coalitions:form.notes') },
  ];
}

export function CoalitionFormPage(p: {
  t: Translate;
  /** The coalition being edited; none for a new one. */
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The States the actor may choose: all for the ISU and Coordinators, its own for a focal point. */
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors } = p;
  const action = p.id ? `/coalitions/${p.id}/edit` : '/coalitions/new';
  const title = p.id ? t('coalitions:form.editTitle', { name: v.name }) : t('coalitions:form.newTitle');
  const areaErrors = errors?.[`area_${areas[0]}`];
  return (
    <FormPage
      t={t}
      title={title}
      errors={errors}
      errorTitle={t('coalitions:form.errorSummary')}
      action={action}
      cancel={p.id ? `/coalitions/${p.id}` : '/coalitions'}
    >
      <FieldList fields={whoFields(t, p.states)} values={v} errors={errors} />
      <fieldset>
        <legend>{t('coalitions:col.areas')}</legend>
        {areaErrors?.length ? (
          <p class="error" id={`f-area_${areas[0]}`}>
            {areaErrors.join(' ')}
          </p>
        ) : null}
        <FieldList fields={areaBoxes(t)} values={v} />
      </fieldset>
      <FieldList fields={recordFields(t)} values={v} errors={errors} />
    </FormPage>
  );
}
