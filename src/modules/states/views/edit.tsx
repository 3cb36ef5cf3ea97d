import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
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

export function EditStatePage(p: {
  t: Translate;
  locale: Locale;
  state: StateView;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, state: s, values: v } = p;
  const date = (name: string, hint?: string) => (
    <TextField
      name={name}
      type="date"
      label={t(`states:edit.${name}`)}
      value={v[name]}
      errors={p.errors}
      hint={hint}
    />
  );
  return (
    <section>
      <h1>{t('states:edit.title', { name: s.name })}</h1>
      <p>{t('states:edit.intro')}</p>
      <p class="hint">
        {s.entryIntoForce
          ? t('states:edit.current', { date: formatDate(p.locale, s.entryIntoForce) })
          : t('states:edit.currentNone')}
      </p>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      <form method="post" action={`/states/${s.iso3}/edit`} class="stack">
        <SelectField
          name="ccmStatus"
          label={t('states:col.status')}
          value={v.ccmStatus}
          options={ccmStatuses.map((x) => ({ value: x, label: t(`states:status.${x}`) }))}
          errors={p.errors}
          required
        />
        {date('signatureDate')}
        {date('instrumentDate', t('states:edit.instrumentDateHint'))}
        <SelectField
          name="instrumentType"
          label={t('states:edit.instrumentType')}
          value={v.instrumentType}
          emptyLabel={t('states:edit.noInstrumentType')}
          options={instrumentTypes.map((x) => ({ value: x, label: t(`states:instrumentType.${x}`) }))}
          errors={p.errors}
        />
        {date('withdrawalNotified')}
        {date('withdrawalEffective', t('states:edit.withdrawalHint'))}
        <TextAreaField
          name="reason"
          label={t('states:edit.reason')}
          hint={t('states:edit.reasonHint')}
          value={v.reason}
          errors={p.errors}
          required
          maxLength={1000}
        />
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
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/states/${s.iso3}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
