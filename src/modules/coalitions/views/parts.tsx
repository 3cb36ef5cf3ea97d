import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../kernel/i18n/state-names.js';
import { dayColumn, type TableDefinition } from '../../../kernel/views/table.js';
import type { CoalitionSummary, MemberView } from '../queries.js';

/** "Norwegian People’s Aid (NPA) (operator: technical expertise)". */
export function memberText(t: Translate, locale: Locale, m: MemberView): string {
  const kind = t(`coalitions:memberKind.${m.kind}`);
  return `${partyName(locale, m.stateIso3, m.name)} (${m.role ? `${kind}: ${m.role}` : kind})`;
}

/** The status as shown today; a computed dormancy says so, with the last confirmation. */
export function statusText(t: Translate, locale: Locale, c: CoalitionSummary): string {
  const status = t(`coalitions:status.${c.status}`);
  return c.lapsed
    ? `${status} (${t('coalitions:lapsed', { date: formatDate(locale, c.lastConfirmedOn) })})`
    : status;
}

/** The list of coalitions, for the page and the CSV and XLSX downloads alike. */
export function coalitionTable(t: Translate, locale: Locale): TableDefinition<CoalitionSummary> {
  const unknown = t('common:unknown');
  return {
    columns: [
      {
        key: 'name',
        header: t('coalitions:col.name'),
        value: (c) => c.name,
        cell: (c) => <a href={`/coalitions/${c.id}`}>{c.name}</a>,
        rowHeader: true,
      },
      { key: 'stateCode', header: t('coalitions:col.stateCode'), value: (c) => c.state.iso3 },
      {
        key: 'state',
        header: t('coalitions:col.state'),
        value: (c) => stateName(locale, c.state.iso3, c.state.name),
        cell: (c) => <a href={`/states/${c.state.iso3}`}>{stateName(locale, c.state.iso3, c.state.name)}</a>,
      },
      {
        key: 'members',
        header: t('coalitions:col.members'),
        value: (c) =>
          c.members.length ? c.members.map((m) => memberText(t, locale, m)).join('; ') : unknown,
      },
      {
        key: 'areas',
        header: t('coalitions:col.areas'),
        value: (c) => (c.areas.length ? c.areas.map((a) => t(`coalitions:area.${a}`)).join('; ') : unknown),
      },
      {
        key: 'establishedOn',
        header: t('coalitions:col.establishedOn'),
        value: (c) => c.establishedOn ?? unknown,
        cell: (c) =>
          c.establishedOn ? formatDate(locale, c.establishedOn) : <span class="unconfirmed">{unknown}</span>,
      },
      {
        key: 'status',
        header: t('coalitions:col.status'),
        value: (c) => t(`coalitions:status.${c.status}`),
        cell: (c) => statusText(t, locale, c),
      },
      {
        key: 'storedStatus',
        header: t('coalitions:col.storedStatus'),
        value: (c) => t(`coalitions:status.${c.storedStatus}`),
      },
      dayColumn('lastConfirmedOn', t('coalitions:col.lastConfirmedOn'), locale, (c) => c.lastConfirmedOn),
      {
        key: 'published',
        header: t('coalitions:col.published'),
        value: (c) => t(c.published ? 'coalitions:yes' : 'coalitions:no'),
      },
      { key: 'source', header: t('coalitions:col.source'), value: (c) => c.source },
    ],
    page: ['name', 'state', 'members', 'areas', 'establishedOn', 'status', 'lastConfirmedOn'],
  };
}
