import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { stateOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { BackLink, FormPage } from '../../../kernel/views/form-page.js';
import type { OfficeHolderView } from '../office-holders.js';
import { genders, officeAreas, officeKinds } from '../vocabulary.js';
import { RecordedValues } from './office-holders.js';

const periodField = (t: Translate, name: 'periodFrom' | 'periodTo'): FieldSpec => ({
  kind: 'text',
  name,
  label: t(`calendar:offices.${name}`),
  hint: t('calendar:offices.periodHint'),
  maxLength: 40,
});

/** The form's fields in order; a correction adds what it does (correct or withdraw) and its reason. */
function officeHolderFields(
  t: Translate,
  states: ReadonlyArray<{ iso3: string; name: string }>,
  correcting: boolean,
): Array<FieldSpec | false> {
  const choices = (values: readonly string[], key: string) =>
    values.map((value) => ({ value, label: t(`calendar:offices.${key}.${value}`) }));
  return [
    correcting && {
      kind: 'select',
      name: 'action',
      label: t('calendar:offices.action'),
      initial: 'corrected',
      required: true,
      options: choices(['corrected', 'withdrawn'], 'actions'),
    },
    {
      kind: 'select',
      name: 'office',
      label: t('calendar:offices.officeField'),
      required: true,
      emptyLabel: '',
      options: choices(officeKinds, 'officeName'),
    },
    {
      kind: 'select',
      name: 'area',
      label: t('calendar:offices.area'),
      hint: t('calendar:offices.areaHint'),
      emptyLabel: '',
      options: choices(officeAreas, 'areas'),
    },
    {
      kind: 'select',
      name: 'stateIso3',
      label: t('calendar:offices.state'),
      hint: t('calendar:offices.someoneHint'),
      emptyLabel: '',
      options: stateOptions(states),
    },
    { kind: 'text', name: 'personName', label: t('calendar:offices.person'), maxLength: 200 },
    {
      kind: 'select',
      name: 'gender',
      label: t('calendar:offices.gender'),
      hint: t('calendar:offices.genderHint'),
      initial: 'not_known',
      options: choices(genders, 'genderChoice'),
    },
    periodField(t, 'periodFrom'),
    periodField(t, 'periodTo'),
    {
      kind: 'text',
      name: 'sourceTitle',
      label: t('calendar:offices.source'),
      hint: t('calendar:offices.sourceHint'),
      required: true,
      maxLength: 1000,
    },
    { kind: 'text', name: 'sourceHref', label: t('calendar:offices.sourceHref'), maxLength: 1000 },
    correcting && {
      kind: 'textarea',
      name: 'reason',
      label: t('calendar:offices.reason'),
      hint: t('calendar:offices.reasonHint'),
      required: true,
      maxLength: 1000,
    },
  ];
}

/**
 * Record an office holder (`holder` absent) or correct or withdraw one (`holder` given): the record
 * is never edited, a correction is appended with its reason and the original stays in the history.
 */
export function OfficeHolderFormPage(p: {
  t: Translate;
  holder?: OfficeHolderView;
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors, holder } = p;
  const action = holder ? `/meetings/office-holders/${holder.id}/correct` : '/meetings/office-holders/new';
  return (
    <FormPage
      t={t}
      title={holder ? t('calendar:offices.correctTitle') : t('calendar:offices.newTitle')}
      intro={
        <>
          <BackLink href="/meetings/office-holders" label={t('calendar:offices.title')} />
          {holder ? (
            <>
              <h2>{t('calendar:offices.asRecorded')}</h2>
              <RecordedValues t={t} values={holder.recorded} />
              <p class="hint">{t('calendar:offices.correctHelp')}</p>
            </>
          ) : null}
        </>
      }
      errors={errors}
      errorTitle={t('calendar:form.errorSummary')}
      action={action}
      submit={holder ? t('calendar:offices.submitCorrection') : undefined}
      cancel="/meetings/office-holders"
    >
      <FieldList fields={officeHolderFields(t, p.states, Boolean(holder))} values={v} errors={errors} />
    </FormPage>
  );
}
