import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { Table } from '../../views/table.js';
import { shadeOf } from '../charts.js';
import { cellKey, type Matrix } from '../summary.js';
import { type LedgerQueryValues, Party } from './links.js';
import { sumText } from './text.js';

/** Who gave to whom: donors down, recipients across, each cell shaded by its dollars. */
export function MatrixTable(p: { t: Translate; locale: Locale; matrix: Matrix; q: LedgerQueryValues }) {
  const { t, locale, matrix: m } = p;
  if (m.donors.length === 0) return <p>{t('ledger:empty')}</p>;
  return (
    <Table
      class="matrix"
      caption={t('ledger:matrix.caption')}
      heads={[
        t('ledger:matrix.corner'),
        ...m.recipients.map((r) => (
          <Party iso3={r.iso3} name={r.name} side="recipient" q={p.q} locale={locale} />
        )),
      ]}
    >
      {m.donors.map((d) => (
        <tr>
          <th scope="row">
            <Party iso3={d.iso3} name={d.name} side="provider" q={p.q} locale={locale} />
          </th>
          {m.recipients.map((r) => {
            const s = m.cells.get(cellKey(d, r));
            if (!s) return <td class="shade-0" />;
            return (
              <td class={`num shade-${shadeOf(s.usd, m.max)}`}>
                {sumText(t, locale, s)}
                <br />
                <span class="hint">{t('ledger:matrix.count', { count: s.rows })}</span>
              </td>
            );
          })}
        </tr>
      ))}
    </Table>
  );
}
