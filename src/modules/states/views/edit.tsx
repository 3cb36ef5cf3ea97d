import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../kernel/views/fields.js';
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
  const field = bindFields(v, p.errors);
  const date = (name: string, hint?: string) => (
    <TextField {...field(name)} type="date" label={t(`states:edit.${name}`)} hint={hint} />
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
      <form method="post" action={`/states/${s.iso3}/edit#errors`} class="stack">
        <SelectField
          {...field('ccmStatus')}
          label={t('states:col.status')}
          options={ccmStatuses.map((x) => ({ value: x, label: t(`states:status.${x}`) }))}
          required
        />
        {date('signatureDate')}
        {date('instrumentDate', t('states:edit.instrumentDateHint'))}
        <SelectField
          {...field('instrumentType')}
          label={t('states:edit.instrumentType')}
          emptyLabel={t('states:edit.noInstrumentType')}
          options={instrumentTypes.map((x) => ({ value: x, label: t(`states:instrumentType.${x}`) }))}
        />
        {date('withdrawalNotified')}
        {date('withdrawalEffective', t('states:edit.withdrawalHint'))}
        <TextAreaField
          {...field('reason')}
          label={t('states:edit.reason')}
          hint={t('states:edit.reasonHint')}
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
