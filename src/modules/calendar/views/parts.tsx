import type { Child } from 'hono/jsx';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { localiseStates } from '../../../kernel/i18n/state-names.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { ActionItemView } from '../queries.js';

/** "11 September 2023 – 14 September 2023", one day once, or "Not known". */
export function dateRange(t: Translate, locale: Locale, from: string | null, to: string | null): string {
  if (!from && !to) return t('common:unknown');
  if (!to || from === to) return formatDate(locale, from ?? to);
  if (!from) return t('calendar:dates.until', { date: formatDate(locale, to) });
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}

/** A value a source gave, or the words "Not known" marked so that no reader takes it for empty. */
export function Known(p: { t: Translate; value: Child | null | undefined }) {
  const v = p.value;
  if (v === null || v === undefined || v === '')
    return <span class="unconfirmed">{p.t('common:unknown')}</span>;
  return <>{v}</>;
}

export function ownerText(
  t: Translate,
  a: Pick<ActionItemView, 'ownerKind' | 'owner' | 'ownerName'>,
): string {
  if (a.ownerKind === 'isu') return t('calendar:owner.isu');
  const name = a.ownerName ?? a.owner ?? t('common:unknown');
  return `${name} (${t(`calendar:ownerKind.${a.ownerKind}`)})`;
}

/** What another module links to an action item (a need, say): a label and the page it names. */
export interface LinkRef {
  href: string;
  label: string;
}

/** A column of what other modules link to each item, headed `header`. */
export interface ActionItemLinkColumn {
  header: string;
  byItem: ReadonlyMap<number, readonly LinkRef[]>;
}

/**
 * Action items as a list, for the page and the download alike; on the page, with `meeting`, a column
 * naming the meeting, with `links`, a column of what other modules link to each item (the needs it
 * concerns) and, with `editable`, edit links.
 */
export function actionItemTable(
  t: Translate,
  locale: Locale,
  opts: { meeting?: boolean; editable?: boolean; links?: ActionItemLinkColumn } = {},
): TableDefinition<ActionItemView> {
  const links = opts.links;
  return {
    columns: [
      { key: 'code', header: t('calendar:export.code'), value: (a) => a.meetingCode },
      {
        key: 'meeting',
        header: t('calendar:col.meeting'),
        value: (a) => a.meetingTitle,
        cell: (a) => (
          <>
            <a href={`/meetings/${a.meetingCode}`}>{a.meetingTitle}</a>
            {a.meetingStartsOn ? (
              <>
                <br />
                <span class="hint">{formatDate(locale, a.meetingStartsOn)}</span>
              </>
            ) : null}
          </>
        ),
      },
      {
        key: 'what',
        header: t('calendar:col.what'),
        value: (a) => a.what,
        cell: (a) => (
          <>
            {a.what}
            {a.note ? <p class="hint">{a.note}</p> : null}
          </>
        ),
      },
      {
        key: 'ownerKind',
        header: t('calendar:form.ownerKind'),
        value: (a) => t(`calendar:ownerKind.${a.ownerKind}`),
      },
      {
        key: 'owner',
        header: t('calendar:col.owner'),
        value: (a) => (a.ownerKind === 'isu' ? t('calendar:owner.isu') : a.owner),
        cell: (a) => ownerText(t, a),
      },
      {
        key: 'due',
        header: t('calendar:col.due'),
        value: (a) => a.dueOn,
        cell: (a) => (a.dueOn ? formatDate(locale, a.dueOn) : <Known t={t} value={null} />),
      },
      {
        key: 'status',
        header: t('calendar:col.status'),
        value: (a) => t(`calendar:status.${a.status}`),
        cell: (a) => (
          <span
            class={a.status === 'not_known' ? 'badge muted' : a.status === 'open' ? 'badge soon' : 'badge ok'}
          >
            {t(`calendar:status.${a.status}`)}
          </span>
        ),
      },
      {
        key: 'states',
        header: t('calendar:col.states'),
        value: (a) => a.states.map((s) => s.iso3).join('; ') || null,
        cell: (a) =>
          a.states.length
            ? localiseStates(locale, a.states).map((s, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={`/states/${s.iso3}`}>{s.name}</a>
                </>
              ))
            : '—',
      },
      ...(links
        ? [
            {
              key: 'links',
              header: links.header,
              value: (a: ActionItemView) =>
                links.byItem
                  .get(a.id)
                  ?.map((l) => l.label)
                  .join('; ') || null,
              cell: (a: ActionItemView) =>
                links.byItem.get(a.id)?.length
                  ? links.byItem.get(a.id)?.map((l, i) => (
                      <>
                        {i ? ', ' : ''}
                        <a href={l.href}>{l.label}</a>
                      </>
                    ))
                  : '—',
            },
          ]
        : []),
      { key: 'note', header: t('calendar:form.note'), value: (a) => a.note },
      { key: 'source', header: t('calendar:form.source'), value: (a) => a.source },
      {
        key: 'actions',
        header: t('calendar:col.actions'),
        cell: (a) => (
          <a href={`/meetings/${a.meetingCode}/action-items/${a.id}/edit`}>
            {t('calendar:actionItems.edit')}
          </a>
        ),
      },
    ],
    page: [
      ...(opts.meeting ? ['meeting'] : []),
      'what',
      'owner',
      'due',
      'status',
      'states',
      ...(links ? ['links'] : []),
      ...(opts.editable ? ['actions'] : []),
    ],
  };
}

/** Action items as a table; with `meeting`, a column naming the meeting; with `editable`, edit links. */
export function ActionItemsTable(p: {
  t: Translate;
  locale: Locale;
  items: ActionItemView[];
  meeting?: boolean;
  editable?: boolean;
  empty: Child;
  links?: ActionItemLinkColumn;
}) {
  return (
    <Table
      definition={actionItemTable(p.t, p.locale, p)}
      rows={p.items}
      locale={p.locale}
      empty={p.empty}
      rowAttributes={(a) => ({ id: `action-item-${a.id}` })}
    />
  );
}
