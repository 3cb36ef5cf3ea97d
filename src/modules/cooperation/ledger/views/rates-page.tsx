import type { FieldErrors } from '../../../../kernel/errors.js';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { bindFields, SelectField, TextField } from '../../../../kernel/views/fields.js';
import { PostForm } from '../../../../kernel/views/form-page.js';
import { isDemoRate } from '../../shared/demo-mark.js';
import { RowsTable } from '../../views/table.js';
import type { Rate } from '../rates.js';

/** `/cooperation/rates`: every rate with its source; the ISU sets and deletes them here. */
export function RatesPage(p: {
  t: Translate;
  locale: Locale;
  rates: readonly Rate[];
  canKeep: boolean;
  currencies: readonly string[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale, values: v, errors } = p;
  const field = bindFields(v, errors);
  return (
    <>
      <h1>{t('ledger:rates.title')}</h1>
      <DemoNotice t={t} show={p.rates.some(isDemoRate)} />
      <p>{t('ledger:rates.intro')}</p>
      <RowsTable
        caption={t('ledger:rates.caption', { count: p.rates.length })}
        heads={[
          t('ledger:col.currency'),
          t('ledger:col.year'),
          t('ledger:rates.usdPerUnit'),
          t('ledger:rates.source'),
          t('ledger:rates.updated'),
          ...(p.canKeep ? [t('ledger:rates.actions')] : []),
        ]}
        rows={p.rates}
        empty={t('ledger:rates.none')}
        row={(r) => (
          <tr data-rate={`${r.currency}:${r.year}`}>
            <th scope="row">{r.currency}</th>
            <td>{r.year}</td>
            <td class="num">{formatNumber(locale, r.usdPerUnit, { maximumFractionDigits: 8 })}</td>
            <td>{r.source}</td>
            <td>{formatDate(locale, r.updatedAt)}</td>
            {p.canKeep ? (
              <td>
                <form method="post" action="/cooperation/rates/delete#errors">
                  <input type="hidden" name="currency" value={r.currency} />
                  <input type="hidden" name="year" value={String(r.year)} />
                  <button type="submit">
                    {t('ledger:rates.delete', { currency: r.currency, year: r.year })}
                  </button>
                </form>
              </td>
            ) : null}
          </tr>
        )}
      />
      {p.canKeep ? (
        <>
          <h2>{t('ledger:rates.setTitle')}</h2>
          <PostForm
            t={t}
            errors={errors}
            action="/cooperation/rates"
            submit={t('ledger:rates.save')}
            validate
          >
            <SelectField
              {...field('currency')}
              label={t('ledger:col.currency')}
              emptyLabel={t('ledger:field.choose')}
              options={p.currencies.map((c) => ({ value: c, label: c }))}
              required
            />
            <TextField {...field('year')} label={t('ledger:col.year')} required />
            <TextField
              {...field('usdPerUnit')}
              label={t('ledger:rates.usdPerUnit')}
              hint={t('ledger:rates.usdPerUnitHint')}
              required
            />
            <TextField
              {...field('source')}
              label={t('ledger:rates.source')}
              hint={t('ledger:rates.sourceHint')}
              required
              maxLength={500}
            />
          </PostForm>
        </>
      ) : null}
    </>
  );
}
