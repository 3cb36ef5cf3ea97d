import type { Locale } from '../../../../kernel/i18n/index.js';

/** An amount with its currency as the handshake pages write it; nothing when there is no amount. */
export function money(locale: Locale, amount: number | null, currency: string | null) {
  if (amount === null) return '';
  return `${new Intl.NumberFormat(locale).format(amount)} ${currency ?? ''}`.trim();
}
