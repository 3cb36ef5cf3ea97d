import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { MeetingSummary } from '../../calendar/index.js';

/** A meeting whose reporting window the calendar records: the Progress Report can be computed for it. */
export type MeetingWithWindow = MeetingSummary & {
  reportingWindow: NonNullable<MeetingSummary['reportingWindow']>;
};

function definition(t: Translate, locale: Locale): TableDefinition<MeetingWithWindow> {
  return {
    columns: [
      {
        key: 'meeting',
        header: t('progress:list.meeting'),
        rowHeader: true,
        cell: (m) => (
          <>
            <a href={`/progress/${m.code}`}>{t('progress:report.title', { meeting: m.code })}</a>
            <br />
            <span class="hint">{m.title}</span>
          </>
        ),
      },
      {
        key: 'window',
        header: t('progress:list.window'),
        cell: (m) =>
          t('progress:report.windowRange', {
            from: formatDate(locale, m.reportingWindow.from),
            to: formatDate(locale, m.reportingWindow.to),
          }),
      },
      {
        key: 'census',
        header: t('progress:list.census'),
        cell: (m) => formatDate(locale, m.reportingWindow.censusDate ?? m.reportingWindow.to),
      },
    ],
    page: ['meeting', 'window', 'census'],
  };
}

/** `/progress`: the meetings a Progress Report can be computed for, latest first. */
export function ProgressListPage(p: { t: Translate; locale: Locale; meetings: MeetingWithWindow[] }) {
  const { t, locale } = p;
  return (
    <section>
      <h1>{t('progress:list.title')}</h1>
      <p>{t('progress:list.intro')}</p>
      <Table
        definition={definition(t, locale)}
        rows={p.meetings}
        locale={locale}
        caption={t('progress:list.caption')}
        empty={t('progress:list.empty')}
      />
    </section>
  );
}
