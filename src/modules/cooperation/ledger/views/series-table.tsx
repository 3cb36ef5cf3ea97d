import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { Table } from '../../views/table.js';
import type { YearSeries } from '../summary.js';
import { sumText, usdText } from './text.js';

/** The chart's figures as a table: a year a row, a key (area or status) a column. */
export function SeriesTable(p: {
  t: Translate;
  locale: Locale;
  series: YearSeries;
  keyLabel: (k: string) => string;
  caption: string;
}) {
  const { t, locale, series } = p;
  return (
    <Table
      caption={p.caption}
      heads={[
        t('ledger:col.year'),
        ...series.keys.map(p.keyLabel),
        t('ledger:col.rows'),
        t('ledger:col.notConverted'),
      ]}
    >
      {series.years.map((y) => (
        <tr>
          <th scope="row">{y}</th>
          {series.keys.map((k) => {
            const cell = series.cells.get(y)?.get(k);
            // No row at all is a true nothing; rows without dollars say so.
            return <td class="num">{cell ? sumText(t, locale, cell) : usdText(locale, 0)}</td>;
          })}
          <td class="num">{series.sums.get(y)?.rows ?? 0}</td>
          <td class="num">
            {(series.sums.get(y)?.notConverted ?? 0) + (series.sums.get(y)?.withoutAmount ?? 0)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
