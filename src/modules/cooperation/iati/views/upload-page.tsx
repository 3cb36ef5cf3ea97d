import { isoDay } from '../../../../kernel/clock.js';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Translate } from '../../../../kernel/i18n/index.js';
import {
  bindFields,
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../../../../kernel/views/fields.js';
import { areas } from '../../shared/vocabulary.js';
import { Table } from '../../views/table.js';
import type { ImportOutcome } from '../inputs.js';
import type { ImportRow } from '../queries.js';
import { ReportedByOtherSide } from './preview-page.js';

/** Sectors offered as boxes; any other DAC 5-digit code can be typed. */
export const OFFERED_SECTORS = ['15250', '15240'] as const;

export interface UploadFormValues {
  sectors: string[];
  moreSectors: string;
  otherArea: string;
  byWords: boolean;
}

export interface IatiPageProps {
  t: Translate;
  locale: string;
  imports: ImportRow[];
  values: UploadFormValues;
  errors?: FieldErrors;
  /** The refusal of the file itself, already in words. */
  fileProblem?: string;
  /** The outcome of the upload just made. */
  outcome?: ImportOutcome;
}

function Outcome({ t, locale, o }: { t: Translate; locale: string; o: ImportOutcome }) {
  return (
    <div class="notice" role="status">
      <h2>{t('iati:outcome.title')}</h2>
      <p>
        {t('iati:outcome.summary', {
          read: o.activitiesRead,
          kept: o.activitiesKept,
          added: o.entriesAdded,
          known: o.entriesAlreadyKnown,
        })}
      </p>
      {o.entriesOfOtherPublishers > 0 ? (
        <p>{t('iati:outcome.otherPublishers', { count: o.entriesOfOtherPublishers })}</p>
      ) : null}
      {o.activitiesKept < o.activitiesRead ? (
        <>
          <p>{o.activitiesKept === 0 ? t('iati:outcome.noneKept') : t('iati:outcome.someLeftOut')}</p>
          <ul>
            <li>{t('iati:outcome.noSelectedSector', { count: o.skipped.noSelectedSector })}</li>
            <li>{t('iati:outcome.noCcmRecipient', { count: o.skipped.noCcmRecipient })}</li>
            <li>{t('iati:outcome.noCountedTransaction', { count: o.skipped.noCountedTransaction })}</li>
          </ul>
        </>
      ) : null}
      {o.skipped.passedOn > 0 ? <p>{t('iati:outcome.passedOn', { count: o.skipped.passedOn })}</p> : null}
      {o.skipped.recipientOwnFunds > 0 ? (
        <p>{t('iati:outcome.recipientOwnFunds', { count: o.skipped.recipientOwnFunds })}</p>
      ) : null}
      <ReportedByOtherSide t={t} locale={locale} notes={o.reportedByOtherSide} />
      <p>
        <a href={`/cooperation/iati/${o.importId}`}>{t('iati:outcome.see')}</a>
      </p>
    </div>
  );
}

export function IatiPage({ t, locale, imports, values, errors, fileProblem, outcome }: IatiPageProps) {
  const field = bindFields(values, errors);
  const summaryErrors: FieldErrors = { ...(errors ?? {}) };
  if (fileProblem) summaryErrors.file = [fileProblem];
  return (
    <section>
      <h1>{t('iati:title')}</h1>
      <p>{t('iati:intro')}</p>
      {outcome ? <Outcome t={t} locale={locale} o={outcome} /> : null}
      <ErrorSummary errors={summaryErrors} title={t('errors:summary')} />
      <form method="post" action="/cooperation/iati/preview#errors" enctype="multipart/form-data">
        <div class={summaryErrors.file ? 'field invalid' : 'field'}>
          <label for="f-file">{t('iati:form.file')}</label>
          <p class="hint" id="f-file-hint">
            {t('iati:form.fileHint')}
          </p>
          {summaryErrors.file ? (
            <p class="error" id="f-file-error">
              {summaryErrors.file.join(' ')}
            </p>
          ) : null}
          <input
            id="f-file"
            name="file"
            type="file"
            accept=".xml,application/xml,text/xml"
            required
            aria-describedby={summaryErrors.file ? 'f-file-hint f-file-error' : 'f-file-hint'}
            aria-invalid={summaryErrors.file ? 'true' : undefined}
          />
        </div>
        <fieldset>
          <legend>{t('iati:form.sectors')}</legend>
          {OFFERED_SECTORS.map((code) => (
            <div class="check">
              <input
                type="checkbox"
                id={`f-sector-${code}`}
                name="sectors"
                value={code}
                checked={values.sectors.includes(code)}
              />
              <label for={`f-sector-${code}`}>{t(`iati:sector.${code}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          {...field('moreSectors')}
          label={t('iati:form.moreSectors')}
          hint={t('iati:form.moreSectorsHint')}
        />
        <SelectField
          {...field('otherArea')}
          label={t('iati:form.otherArea')}
          hint={t('iati:form.otherAreaHint')}
          options={areas.map((a) => ({ value: a, label: t(`cooperation:areaShort.${a}`) }))}
        />
        <CheckboxField
          name="byWords"
          checked={values.byWords}
          label={t('iati:form.byWords')}
          hint={t('iati:form.byWordsHint')}
        />
        <button type="submit">{t('iati:form.submit')}</button>
      </form>

      <section>
        <h2>{t('iati:help.title')}</h2>
        <ul>
          <li>{t('iati:help.what')}</li>
          <li>{t('iati:help.transactions')}</li>
          <li>{t('iati:help.chains')}</li>
          <li>{t('iati:help.pairs')}</li>
          <li>{t('iati:help.shares')}</li>
          <li>{t('iati:help.recipients')}</li>
          <li>{t('iati:help.provider')}</li>
          <li>{t('iati:help.areas')}</li>
          <li>{t('iati:help.dedupe')}</li>
          <li>{t('iati:help.review')}</li>
          <li>{t('iati:help.refused')}</li>
        </ul>
      </section>

      <section>
        <h2>{t('iati:imports.title')}</h2>
        {imports.length === 0 ? (
          <p>{t('iati:imports.none')}</p>
        ) : (
          <Table
            caption={t('iati:imports.caption')}
            heads={[
              t('iati:imports.date'),
              t('iati:imports.file'),
              t('iati:imports.version'),
              t('iati:imports.sectors'),
              t('iati:imports.read'),
              t('iati:imports.kept'),
              t('iati:imports.added'),
              t('iati:imports.known'),
              t('iati:imports.reportedByOtherSide'),
              t('iati:imports.by'),
            ]}
          >
            {imports.map((i) => (
              <tr>
                <td>{isoDay(i.createdAt)}</td>
                <th scope="row">
                  <a href={`/cooperation/iati/${i.id}`}>{i.fileName}</a>
                </th>
                <td>{i.iatiVersion ?? ''}</td>
                <td>{i.sectors.join(', ')}</td>
                <td>{i.activitiesRead}</td>
                <td>{i.activitiesKept}</td>
                <td>{i.entriesAdded}</td>
                <td>{i.entriesAlreadyKnown}</td>
                <td>{i.entriesReportedByOtherSide}</td>
                <td>{i.uploadedBy ?? ''}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </section>
  );
}
