import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import { type PracticeView, textFor } from '../queries.js';

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as written: it is never completed into a day. */
export const dateText = (t: Translate, d: string | null) => d ?? t('common:unknown');

export const actionText = (t: Translate, n: number | null) =>
  n === null ? t('common:unknown') : t('practices:actionNumber', { n });

/** The catalogue's columns, for the page and its downloads alike. */
export function practiceTable(t: Translate, locale: Locale, baseUrl = ''): TableDefinition<PracticeView> {
  const text = (p: PracticeView) => textFor(p, locale);
  return {
    columns: [
      { key: 'id', header: t('practices:col.id'), value: (p) => p.id },
      {
        key: 'title',
        header: t('practices:col.title'),
        rowHeader: true,
        value: (p) => text(p).title,
        cell: (p) => {
          const x = text(p);
          return (
            <>
              <a href={`/good-practices/${p.id}`} lang={x.lang} dir="auto">
                {x.title}
              </a>
              {x.lang !== locale ? (
                <span class="hint">
                  {' '}
                  ({t('practices:originalIn', { language: t(`practices:languageName.${x.lang}`) })})
                </span>
              ) : null}
              {p.status !== 'published' ? (
                <span class="badge muted"> {t(`practices:status.${p.status}`)}</span>
              ) : null}
            </>
          );
        },
      },
      { key: 'language', header: t('practices:col.language'), value: (p) => text(p).lang },
      { key: 'area', header: t('practices:col.area'), value: (p) => t(`practices:area.${p.area}`) },
      {
        key: 'states',
        header: t('practices:col.states'),
        value: (p) => p.states.map((s) => stateName(locale, s.iso3, s.name)).join('; ') || null,
        cell: (p) => p.states.map((s) => stateName(locale, s.iso3, s.name)).join(', ') || '—',
      },
      {
        key: 'stateCodes',
        header: t('practices:col.stateCodes'),
        value: (p) => p.states.map((s) => s.iso3).join(';') || null,
      },
      { key: 'partners', header: t('practices:col.partners'), value: (p) => p.partners.join('; ') || null },
      { key: 'done', header: t('practices:field.done'), value: (p) => text(p).done },
      { key: 'achieved', header: t('practices:field.achieved'), value: (p) => text(p).achieved },
      {
        key: 'action',
        header: t('practices:col.action'),
        value: (p) => p.lapAction,
        cell: (p) => actionText(t, p.lapAction),
      },
      {
        key: 'date',
        header: t('practices:col.date'),
        value: (p) => p.practiceOn,
        cell: (p) => dateText(t, p.practiceOn),
      },
      {
        key: 'sourceKind',
        header: t('practices:col.sourceKind'),
        value: (p) => t(`practices:sourceKind.${p.source.kind}`),
      },
      {
        key: 'sourceReference',
        header: t('practices:field.sourceReference'),
        value: (p) => p.source.reference,
      },
      { key: 'sourceTitle', header: t('practices:field.sourceTitle'), value: (p) => p.source.title },
      { key: 'status', header: t('practices:col.status'), value: (p) => t(`practices:status.${p.status}`) },
      { key: 'link', header: t('practices:col.link'), value: (p) => `${baseUrl}/good-practices/${p.id}` },
    ],
    page: ['title', 'area', 'states', 'action', 'date'],
  };
}
