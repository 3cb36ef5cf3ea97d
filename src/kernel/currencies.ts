import { intlLocale, type Locale } from './i18n/index.js';

/*
 * The currencies of ISO 4217 in use, as the runtime's ICU data holds them (`Intl.supportedValuesOf`),
 * and their names in the reader's language (`Intl.DisplayNames`): no list of our own to keep.
 */

/** Every current ISO 4217 code, in alphabetical order. */
export const isoCurrencies: readonly string[] = Intl.supportedValuesOf('currency');

const isoSet = new Set(isoCurrencies);
export const isIsoCurrency = (code: string): boolean => isoSet.has(code);

const names = new Map<Locale, Intl.DisplayNames>();

/** A currency as a reader names it: "US dollar (USD)", « dollar des États-Unis (USD) »; an unknown code as it is. */
export function currencyName(locale: Locale, code: string): string {
  if (!isoSet.has(code)) return code;
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([intlLocale(locale)], { type: 'currency' });
    names.set(locale, display);
  }
  const name = display.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
