import type { Child } from 'hono/jsx';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
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

/**
 * Action items as a table; with `meeting`, a column naming the meeting; with `editable`, edit
 * links; with `links`, a column of what other modules link to each item (`linksHeader` names it).
 */
export function ActionItemsTable(p: {
  t: Translate;
  locale: Locale;
  items: ActionItemView[];
  meeting?: boolean;
  editable?: boolean;
  links?: { header: string; byItem: ReadonlyMap<number, readonly LinkRef[]> };
}) {
  const { t, locale } = p;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {p.meeting ? <th scope="col">{t('calendar:col.meeting')}</th> : null}
            <th scope="col">{t('calendar:col.what')}</th>
            <th scope="col">{t('calendar:col.owner')}</th>
            <th scope="col">{t('calendar:col.due')}</th>
            <th scope="col">{t('calendar:col.status')}</th>
            <th scope="col">{t('calendar:col.states')}</th>
            {p.links ? <th scope="col">{p.links.header}</th> : null}
            {p.editable ? <th scope="col">{t('calendar:col.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {p.items.map((a) => (
            <tr id={`action-item-${a.id}`}>
              {p.meeting ? (
                <td>
                  <a href={`/meetings/${a.meetingCode}`}>{a.meetingTitle}</a>
                  {a.meetingStartsOn ? (
                    <>
                      <br />
                      <span class="hint">{formatDate(locale, a.meetingStartsOn)}</span>
                    </>
                  ) : null}
                </td>
              ) : null}
              <td>
                {a.what}
                {a.note ? <p class="hint">{a.note}</p> : null}
              </td>
              <td>{ownerText(t, a)}</td>
              <td>{a.dueOn ? formatDate(locale, a.dueOn) : <Known t={t} value={null} />}</td>
              <td>
                <span
                  class={
                    a.status === 'not_known' ? 'badge muted' : a.status === 'open' ? 'badge soon' : 'badge ok'
                  }
                >
                  {t(`calendar:status.${a.status}`)}
                </span>
              </td>
              <td>
                {a.states.length
                  ? a.states.map((s, i) => (
                      <>
                        {i ? ', ' : ''}
                        <a href={`/states/${s.iso3}`}>{s.name}</a>
                      </>
                    ))
                  : '—'}
              </td>
              {p.links ? (
                <td>
                  {p.links.byItem.get(a.id)?.length
                    ? p.links.byItem.get(a.id)?.map((l, i) => (
                        <>
                          {i ? ', ' : ''}
                          <a href={l.href}>{l.label}</a>
                        </>
                      ))
                    : '—'}
                </td>
              ) : null}
              {p.editable ? (
                <td>
                  <a href={`/meetings/${a.meetingCode}/action-items/${a.id}/edit`}>
                    {t('calendar:actionItems.edit')}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
