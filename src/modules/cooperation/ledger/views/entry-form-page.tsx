import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Translate } from '../../../../kernel/i18n/index.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../kernel/views/fields.js';
import { type StaleChange, StaleRecordNotice, VersionField } from '../../../../kernel/views/stale-record.js';
import { areas, assistanceTypes, ledgerStatuses } from '../../shared/vocabulary.js';
import { CurrencyField } from '../../views/currency-field.js';
import type { StateName } from './filters.js';
import { areaLabel } from './text.js';

export const entryFieldNames = [
  'providerIso3',
  'providerName',
  'recipientIso3',
  'year',
  'area',
  'type',
  'amount',
  'currency',
  'status',
  'channel',
  'inResponseToRequest',
  'needId',
  'note',
] as const;

type FieldName = (typeof entryFieldNames)[number];

/** `/cooperation/ledger/new` and `/cooperation/ledger/entries/:id/edit`: an ISU entry. */
export function EntryFormPage(p: {
  t: Translate;
  states: StateName[];
  values: Record<string, string>;
  errors?: FieldErrors;
  action: string;
  title: string;
  /** Editing: the version the form was filled from (kept as it was after a stale save). */
  version?: number;
  /** Someone saved the entry meanwhile: what is now saved differently from what was typed. */
  stale?: StaleChange[];
}) {
  const { t, values: v, errors } = p;
  const field = bindFields(v, errors);
  const states = stateOptions(p.states);
  const text = (name: FieldName, opts: { required?: boolean; hint?: string; maxLength?: number } = {}) => (
    <TextField {...field(name)} label={t(`ledger:field.${name}`)} {...opts} />
  );
  const select = (
    name: FieldName,
    options: Array<{ value: string; label: string }>,
    opts: { emptyLabel: string; required?: boolean; hint?: string },
  ) => <SelectField {...field(name)} label={t(`ledger:field.${name}`)} options={options} {...opts} />;
  const choose = { emptyLabel: t('ledger:field.choose'), required: true };
  return (
    <>
      <h1>{p.title}</h1>
      <p>{t('ledger:form.intro')}</p>
      {p.stale ? <StaleRecordNotice t={t} changes={p.stale} reloadHref={p.action} /> : null}
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      <form method="post" action={`${p.action}#errors`} class="stack">
        {p.version !== undefined ? <VersionField version={p.version} /> : null}
        {select('providerIso3', states, {
          hint: t('ledger:field.providerHint'),
          emptyLabel: t('ledger:field.providerOrg'),
        })}
        {text('providerName', { maxLength: 200 })}
        {select('recipientIso3', states, choose)}
        {text('year', { required: true })}
        {select(
          'area',
          areas.map((a) => ({ value: a, label: areaLabel(t, a) })),
          choose,
        )}
        {select(
          'type',
          assistanceTypes.map((a) => ({ value: a, label: t(`ledger:type.${a}`) })),
          { emptyLabel: t('ledger:field.notStated') },
        )}
        {text('amount')}
        <CurrencyField t={t} {...field('currency')} label={t('ledger:field.currency')} />
        {select(
          'status',
          ledgerStatuses.map((s) => ({ value: s, label: t(`ledger:status.${s}`) })),
          choose,
        )}
        {text('channel', { maxLength: 500 })}
        <div class="field">
          <label>
            <input
              type="checkbox"
              name="inResponseToRequest"
              value="yes"
              checked={v.inResponseToRequest === 'yes' || v.inResponseToRequest === 'on'}
            />{' '}
            {t('ledger:field.inResponseToRequest')}
          </label>
        </div>
        {text('needId', { hint: t('ledger:field.needHint') })}
        <TextAreaField {...field('note')} label={t('ledger:field.note')} maxLength={1000} />
        <button type="submit">{t('ledger:form.save')}</button>{' '}
        <a href="/cooperation/ledger">{t('ledger:form.cancel')}</a>
      </form>
    </>
  );
}
