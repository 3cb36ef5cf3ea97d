import { currencyName } from '../../../kernel/currencies.js';
import { localeOf, type Translate } from '../../../kernel/i18n/index.js';
import { SelectField, type SelectProps } from '../../../kernel/views/fields.js';
import { currencies } from '../shared/vocabulary.js';

/** The name of a currency code as pages show it: the code itself, except "other". */
export const currencyLabel = (t: Translate, code: string) =>
  code === 'other' ? t('cooperation:currency.other') : code;

/**
 * The currency choice of every cooperation form (needs, offers, responses, ledger entries): the
 * report template's currencies (those reported most, then every ISO 4217 currency), each named in
 * the reader's language, with "not stated" first.
 */
export function CurrencyField(
  p: Omit<SelectProps, 'options' | 'emptyLabel' | 'name'> & { t: Translate; name?: string },
) {
  const { t, name = 'currency', ...rest } = p;
  return (
    <SelectField
      {...rest}
      name={name}
      emptyLabel={t('cooperation:currency.none')}
      options={currencies.map((c) => ({
        value: c,
        label: c === 'other' ? currencyLabel(t, c) : currencyName(localeOf(t), c),
      }))}
    />
  );
}
