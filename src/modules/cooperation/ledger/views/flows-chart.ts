// The flows chart: stacked dollars a year, by area or by status. Its SVG and its legend name the
// keys the same way.
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { stackedBarChart } from '../charts.js';
import type { YearSeries } from '../summary.js';
import { areaLabel, usdText } from './text.js';

export type SeriesBy = 'area' | 'status' | undefined;

export const chartTitle = (t: Translate, by: SeriesBy) =>
  by === 'status' ? t('ledger:chart.byStatus') : t('ledger:chart.byArea');

/** What a key of the series is called: a status, or an area (`none` for rows without one). */
export const seriesKeyLabel = (t: Translate, by: SeriesBy) => (k: string) =>
  by === 'status' ? t(`ledger:status.${k}`) : areaLabel(t, k === 'none' ? null : k);

/** The chart as SVG; `note` ends its description (the demonstration-data remark, or nothing). */
export function flowsChartSvg(t: Translate, locale: Locale, series: YearSeries, by: SeriesBy, note: string) {
  return stackedBarChart({
    id: 'ledger-flows',
    title: chartTitle(t, by),
    description: `${t('ledger:chart.description')}${note}`,
    series,
    keyLabel: seriesKeyLabel(t, by),
    money: (n) => usdText(locale, n),
    empty: t('ledger:empty'),
  });
}
