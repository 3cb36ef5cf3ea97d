import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { Downloads } from '../../../kernel/views/list-page.js';
import { Table } from '../../../kernel/views/table.js';
import type { CoalitionSummary } from '../queries.js';
import { coalitionTable } from './parts.js';

export function CoalitionsListPage(p: {
  t: Translate;
  locale: Locale;
  rows: CoalitionSummary[];
  canCreate: boolean;
  seesUnpublished: boolean;
}) {
  const { t, locale } = p;
  return (
    <section>
      <h1>{t('coalitions:list.title')}</h1>
      <p>{t('coalitions:list.intro')}</p>
      <p>{t(p.seesUnpublished ? 'coalitions:list.allShown' : 'coalitions:list.publishedOnly')}</p>
      {p.canCreate ? (
        <p>
          <a href="/coalitions/new" class="button secondary">
            {t('coalitions:list.add')}
          </a>
        </p>
      ) : null}
      <Downloads t={t} path="/coalitions" />
      <p role="status">{t('coalitions:list.count', { count: p.rows.length })}</p>
      <Table
        definition={coalitionTable(t, locale)}
        rows={p.rows}
        locale={locale}
        caption={t('coalitions:list.caption')}
        empty={t('coalitions:list.empty')}
        rowAttributes={(c) => ({
          id: `coalition-${c.id}`,
          class: c.status === 'dormant' ? 'dormant' : undefined,
        })}
      />
    </section>
  );
}
