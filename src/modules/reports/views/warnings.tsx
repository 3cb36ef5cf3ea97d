import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';

export interface WarningsRow {
  reportId: number;
  stateName: string;
  year: number;
  version: number;
  unconfirmed: number;
  warnings: number;
}

function warningsTable(t: Translate): TableDefinition<WarningsRow> {
  return {
    columns: [
      {
        key: 'state',
        header: t('reports:warnings.col.state'),
        rowHeader: true,
        value: (r) => r.stateName,
      },
      {
        key: 'year',
        header: t('reports:col.year'),
        cell: (r) => <a href={`/reports/${r.reportId}`}>{r.year}</a>,
      },
      {
        key: 'version',
        header: t('reports:col.latestVersion'),
        cell: (r) => t('reports:version.number', { number: r.version }),
      },
      {
        key: 'unconfirmed',
        header: t('reports:warnings.col.unconfirmed'),
        value: (r) => r.unconfirmed,
        numeric: true,
      },
      {
        key: 'warnings',
        header: t('reports:warnings.col.warnings'),
        value: (r) => r.warnings,
        numeric: true,
      },
    ],
    page: ['state', 'year', 'version', 'unconfirmed', 'warnings'],
  };
}

/** The ISU's list: submitted reports whose standing version carries warnings nobody confirmed. */
export function WarningsPage(p: { t: Translate; locale: Locale; rows: readonly WarningsRow[] }) {
  const { t } = p;
  return (
    <section>
      <p>
        <a href="/reports/compliance">{t('reports:warnings.back')}</a>
      </p>
      <h1>{t('reports:warnings.title')}</h1>
      <p>{t('reports:warnings.intro')}</p>
      <Table
        definition={warningsTable(t)}
        rows={p.rows}
        locale={p.locale}
        empty={t('reports:warnings.none')}
      />
    </section>
  );
}
