import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { SelectField } from '../../../kernel/views/fields.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import { ccmStatuses, instrumentTypes } from '../inputs.js';
import type { StateView } from '../queries.js';

/** The form's fields, as the verb's input names them; the values are what was typed, or the stored ones. */
export function editValuesOf(s: StateView): Record<string, string> {
  return {
    ccmStatus: s.ccmStatus,
    signatureDate: s.signatureDate ?? '',
    instrumentDate: s.instrumentDate ?? '',
    instrumentType: s.instrumentType ?? '',
    withdrawalNotified: s.withdrawalNotified ?? '',
    withdrawalEffective: s.withdrawalEffective ?? '',
    reason: '',
    acknowledgeWarnings: '',
  };
}

/** The status, the dates of the instrument and of a withdrawal, and why they change. */
function editFields(t: Translate): FieldSpec[] {
  const date = (name: string, hint?: string): FieldSpec => ({
    kind: 'text',
    name,
    type: 'date',
    label: t(`states:edit.${name}`),
    hint,
  });
  return [
    {
      kind: 'select',
      name: 'ccmStatus',
      label: t('states:col.status'),
      options: ccmStatuses.map((x) => ({ value: x, label: t(`states:status.${x}`) })),
      required: true,
    },
    date('signatureDate'),
    date('instrumentDate', t('states:edit.instrumentDateHint')),
    {
      kind: 'select',
      name: 'instrumentType',
      label: t('states:edit.instrumentType'),
      emptyLabel: t('states:edit.noInstrumentType'),
      options: instrumentTypes.map((x) => ({ value: x, label: t(`states:instrumentType.${x}`) })),
    },
    date('withdrawalNotified'),
    date('withdrawalEffective', t('states:edit.withdrawalHint')),
    {
      kind: 'textarea',
      name: 'reason',
      label: t('states:edit.reason'),
      hint: t('states:edit.reasonHint'),
      required: true,
      maxLength: 1000,
    },
  ];
}

export function EditStatePage(p: {
  t: Translate;
  locale: Locale;
  state: StateView;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, state: s, values: v } = p;
  return (
    <FormPage
      t={t}
      title={t('states:edit.title', { name: s.name })}
      intro={
        <>
          <p>{t('states:edit.intro')}</p>
          <p class="hint">
            {s.entryIntoForce
              ? t('states:edit.current', { date: formatDate(p.locale, s.entryIntoForce) })
              : t('states:edit.currentNone')}
          </p>
        </>
      }
      errors={p.errors}
      errorTitle={t('errors:summary')}
      action={`/states/${s.iso3}/edit`}
      cancel={`/states/${s.iso3}`}
      validate
    >
      <FieldList fields={editFields(t)} values={v} errors={p.errors} />
      {p.errors?.acknowledgeWarnings || v.acknowledgeWarnings === 'yes' ? (
        <SelectField
          name="acknowledgeWarnings"
          label={t('states:edit.acknowledgeWarnings')}
          value={v.acknowledgeWarnings === 'yes' ? 'yes' : 'no'}
          options={[
            { value: 'no', label: t('common:no') },
            { value: 'yes', label: t('states:edit.acknowledgeYes') },
          ]}
          errors={p.errors}
        />
      ) : null}
    </FormPage>
  );
}
