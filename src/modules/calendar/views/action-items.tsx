import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { Downloads } from '../../../kernel/views/list-page.js';
import type { ActionItemView } from '../queries.js';
import { ActionItemsTable, type LinkRef } from './parts.js';

export function OpenActionItemsPage(p: {
  t: Translate;
  locale: Locale;
  items: ActionItemView[];
  canWrite: boolean;
  links?: { header: string; byItem: ReadonlyMap<number, readonly LinkRef[]> };
}) {
  const { t } = p;
  return (
    <section>
      <h1>{t('calendar:actionItems.title')}</h1>
      <p>{t('calendar:actionItems.intro')}</p>
      <p>
        <a href="/meetings">{t('calendar:meeting.back')}</a>
      </p>
      <Downloads t={t} path="/meetings/action-items" />
      <p role="status">{t('calendar:actionItems.count', { count: p.items.length })}</p>
      <ActionItemsTable
        t={t}
        locale={p.locale}
        items={p.items}
        meeting
        editable={p.canWrite}
        empty={t('calendar:actionItems.empty')}
        links={p.links}
      />
    </section>
  );
}
