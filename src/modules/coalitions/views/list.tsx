import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { ButtonLink } from '../../../kernel/views/form-page.js';
import { ListResults } from '../../../kernel/views/list-page.js';
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
      <ButtonLink show={p.canCreate} href="/coalitions/new" label={t('coalitions:list.add')} />
      <ListResults
        t={t}
        downloads="/coalitions"
        count={t('coalitions:list.count', { count: p.rows.length })}
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
