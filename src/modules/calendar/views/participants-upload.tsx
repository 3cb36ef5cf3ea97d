import { ERRORS_ID } from '../../../kernel/forms.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { ParticipationView } from '../participants.js';
import { participantColumns, type RowError } from '../participation.js';
import type { MeetingView } from '../queries.js';
import { DelegationsTable, FiguresList } from './participation.js';

/** A file's refused rows: the line, the field and what is wrong with it. */
function rowErrorTable(t: Translate): TableDefinition<RowError> {
  return {
    columns: [
      { key: 'line', header: t('calendar:participants.col.line'), cell: (e) => e.line || '—' },
      { key: 'field', header: t('calendar:participants.col.field'), value: (e) => e.field },
      { key: 'problem', header: t('calendar:participants.col.problem'), value: (e) => t(e.key) },
    ],
  };
}

export function ParticipantsUploadPage(p: {
  t: Translate;
  locale: Locale;
  meeting: MeetingView;
  /** After a file was read: what it would record, or its errors by row. */
  preview?: ParticipationView & { errors: RowError[] };
  csv?: string;
}) {
  const { t, locale, meeting: m, preview } = p;
  const action = `/meetings/${m.code}/participants/upload`;
  return (
    <section>
      <h1>{t('calendar:participants.uploadTitle', { title: m.title })}</h1>
      <p>
        <a href={`/meetings/${m.code}`}>{m.title}</a>
      </p>
      {preview?.errors.length ? (
        <div id={ERRORS_ID} class="error-summary" role="alert" tabindex={-1}>
          <h2>{t('calendar:participants.errorsTitle', { count: preview.errors.length })}</h2>
          <p>{t('calendar:participants.nothingSaved')}</p>
          <Table
            definition={rowErrorTable(t)}
            rows={preview.errors}
            locale={locale}
            label={t('calendar:participants.errorsTitle', { count: preview.errors.length })}
          />
        </div>
      ) : null}
      {preview && !preview.errors.length ? (
        <>
          <h2>{t('calendar:participants.previewTitle')}</h2>
          <p>{t('calendar:participants.previewIntro')}</p>
          <FiguresList t={t} locale={locale} figures={preview.figures} />
          <DelegationsTable t={t} locale={locale} participation={preview} />
          <form method="post" action={`${action}#errors`} enctype="multipart/form-data">
            <input type="hidden" name="confirm" value="yes" />
            <textarea name="csv" hidden>
              {p.csv ?? ''}
            </textarea>
            <button type="submit">{t('calendar:participants.confirm')}</button>{' '}
            <a href={`/meetings/${m.code}`}>{t('common:cancel')}</a>
          </form>
        </>
      ) : null}
      <h2>{t('calendar:participants.chooseFile')}</h2>
      <p>{t('calendar:participants.formatHint', { columns: participantColumns.join(', ') })}</p>
      {m.participation.delegations.length ? <p>{t('calendar:participants.replaces')}</p> : null}
      <form method="post" action={`${action}#errors`} enctype="multipart/form-data" class="stack">
        <div class="field">
          <label for="f-file">{t('calendar:participants.file')}</label>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <button type="submit">{t('calendar:participants.check')}</button>
      </form>
    </section>
  );
}
