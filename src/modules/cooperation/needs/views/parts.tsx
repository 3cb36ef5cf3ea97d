import { formatDate, formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { reportRowHref } from '../../../reports/index.js';
import type { Source } from '../../derive.js';
import type { NeedStatus } from '../../shared/vocabulary.js';
import { currencyLabel } from '../../views/currency-field.js';
import type { Evidence, NeedView } from '../types.js';

export const needHref = (id: number) => `/cooperation/needs/${id}`;
export const sourceHref = (s: Source) => reportRowHref(s);

const statusClass: Record<NeedStatus, string> = {
  open: 'badge',
  partly_met: 'badge soon',
  met: 'badge ok',
  withdrawn: 'badge muted',
  lapsed: 'badge overdue',
};

export function StatusBadge({ t, status }: { t: Translate; status: NeedStatus }) {
  return <span class={statusClass[status]}>{t(`needs:status.${status}`)}</span>;
}

export function EvidenceScore({ t, evidence }: { t: Translate; evidence: Evidence }) {
  return <>{t('needs:evidence.score', { score: evidence.score, max: evidence.max })}</>;
}

/** A cost as written, with its currency: "2,500,000 USD"; nothing written gives an empty cell. */
export function money(t: Translate, locale: Locale, amount: number | null, currency: string | null): string {
  if (amount === null) return '';
  const cur = currency ? currencyLabel(t, currency) : '';
  return `${formatNumber(locale, amount)} ${cur}`.trim();
}

export const day = (locale: Locale, iso: string) => formatDate(locale, iso);

/** The State's name, area and status words of a need, for lists and exports. */
export const areaLabel = (t: Translate, n: Pick<NeedView, 'area'>) => t(`needs:area.${n.area}`);
