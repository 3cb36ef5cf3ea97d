import { formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import type { OfferView } from '../queries.js';

/** What the offer pages (list.tsx, detail.tsx, form.tsx) share: names, the status badge, amounts. */

export const areaName = (t: Translate, a: string) => t(`cooperation:areaShort.${a}`);
export const regionName = (t: Translate, r: string) => t(`states:region.${r}`, { defaultValue: r });

export function StatusBadge({ t, o }: { t: Translate; o: OfferView }) {
  return (
    <span class="badge" data-status={o.status}>
      {t(`offers:status.${o.status}`)}
    </span>
  );
}

/** The yearly amount with its currency; one not stated is unknown, never 0 (decision 033). */
export function amountText(t: Translate, locale: Locale, o: Pick<OfferView, 'annualAmount' | 'currency'>) {
  return o.annualAmount === null
    ? t('common:unknown')
    : `${formatNumber(locale, o.annualAmount)} ${o.currency ?? ''}`.trim();
}

export function whereText(t: Translate, o: OfferView) {
  const parts = [...o.priorityRegions.map((r) => regionName(t, r)), ...o.priorityStates];
  return parts.length ? parts.join(', ') : t('offers:anywhere');
}
