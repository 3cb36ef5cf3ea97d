import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import type { EntryView } from '../queries.js';

const known = (t: Translate, v: string | null) => v ?? t('common:unknown');

export const languagesText = (t: Translate, ls: string[]) =>
  ls.length ? ls.map((l) => t(`directory:language.${l}`)).join(', ') : t('common:unknown');

/** The directory's columns, for the page and the downloads: each reader's rows only. */
export function entryTable(
  t: Translate,
  locale: Locale,
  canWrite: (e: EntryView) => boolean,
): TableDefinition<EntryView> {
  const yesNo = (b: boolean) => t(b ? 'common:yes' : 'common:no');
  return {
    columns: [
      { key: 'stateCode', header: t('directory:col.stateCode'), value: (e) => e.stateIso3 },
      {
        key: 'state',
        header: t('directory:col.state'),
        value: (e) => e.stateName,
        cell: (e) => <a href={`/directory/${e.stateIso3}`}>{e.stateName}</a>,
      },
      { key: 'area', header: t('directory:col.area'), value: (e) => t(`directory:area.${e.area}`) },
      { key: 'name', header: t('directory:field.name'), rowHeader: true, value: (e) => e.name },
      {
        key: 'functionTitle',
        header: t('directory:field.functionTitle'),
        value: (e) => e.functionTitle,
        cell: (e) => known(t, e.functionTitle),
      },
      {
        key: 'organisation',
        header: t('directory:field.organisation'),
        value: (e) => e.organisation,
        cell: (e) => known(t, e.organisation),
      },
      {
        key: 'email',
        header: t('directory:field.email'),
        value: (e) => e.email,
        cell: (e) => (e.email ? <a href={`mailto:${e.email}`}>{e.email}</a> : t('common:unknown')),
      },
      {
        key: 'phone',
        header: t('directory:field.phone'),
        value: (e) => e.phone,
        cell: (e) => known(t, e.phone),
      },
      {
        key: 'languages',
        header: t('directory:field.languages'),
        value: (e) => e.languages.join(';') || null,
        cell: (e) => languagesText(t, e.languages),
      },
      { key: 'official', header: t('directory:field.official'), value: (e) => yesNo(e.official) },
      { key: 'published', header: t('directory:field.published'), value: (e) => yesNo(e.published) },
      {
        key: 'lastConfirmedOn',
        header: t('directory:col.lastConfirmed'),
        value: (e) => e.lastConfirmedOn,
        cell: (e) => (
          <>
            {formatDate(locale, e.lastConfirmedOn)}
            {e.confirmationDue ? <span class="badge warn"> {t('directory:confirmationDue')}</span> : null}
          </>
        ),
      },
      {
        key: 'actions',
        header: t('directory:col.actions'),
        cell: (e) =>
          canWrite(e) ? (
            <div class="actions">
              <a href={`/directory/entries/${e.id}/edit`}>{t('directory:edit')}</a>
              <form method="post" action={`/directory/entries/${e.id}/confirm#errors`}>
                <button type="submit" class="secondary">
                  {t('directory:confirm')}
                </button>
              </form>
              <form method="post" action={`/directory/entries/${e.id}/remove#errors`}>
                <button type="submit" class="secondary">
                  {t('directory:remove')}
                </button>
              </form>
            </div>
          ) : null,
      },
    ],
  };
}
