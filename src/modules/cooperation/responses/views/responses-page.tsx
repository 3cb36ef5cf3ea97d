import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import type { ResponseView } from '../queries.js';
import { ResponsesTable } from './responses-table.js';

/** Stages in the order a reader works through them: what waits on someone first. */
export const stageOrder = ['delivered', 'commitment', 'interest', 'confirmed', 'withdrawn'] as const;

/** /cooperation/responses: the responses this person works on, grouped by stage. */
export function ResponsesPage(p: {
  t: Translate;
  locale: Locale;
  rows: ResponseView[];
  /** A focal point: deliveries wait on its confirmation. */
  confirmer: boolean;
}) {
  const { t } = p;
  return (
    <>
      <h1>{t('responses:list.title')}</h1>
      <p class="hint">{t('responses:list.intro')}</p>
      {p.rows.length === 0 ? <p>{t('responses:list.none')}</p> : null}
      {stageOrder.map((stage) => {
        const rows = p.rows.filter((r) => r.stage === stage);
        if (!rows.length) return null;
        const heading =
          stage === 'delivered' && p.confirmer
            ? t('responses:list.awaitingYou', { count: rows.length })
            : t(`responses:list.group.${stage}`, { count: rows.length });
        return (
          <section id={`stage-${stage}`}>
            <h2>{heading}</h2>
            <ResponsesTable t={t} locale={p.locale} caption={heading} rows={rows} withNeed />
          </section>
        );
      })}
    </>
  );
}
