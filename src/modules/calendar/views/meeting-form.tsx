import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { meetingKinds } from '../vocabulary.js';

export function MeetingFormPage(p: {
  t: Translate;
  mode: 'new' | 'edit';
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors } = p;
  const action = p.mode === 'new' ? '/meetings/new' : `/meetings/${v.code}/edit`;
  return (
    <section>
      <h1>
        {p.mode === 'new' ? t('calendar:form.newTitle') : t('calendar:form.editTitle', { code: v.code })}
      </h1>
      <p>{t('calendar:form.intro')}</p>
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={action} class="stack" novalidate>
        {p.mode === 'new' ? (
          <TextField
            name="code"
            label={t('calendar:form.code')}
            hint={t('calendar:form.codeHint')}
            value={v.code}
            errors={errors}
            required
            maxLength={40}
          />
        ) : (
          <input type="hidden" name="code" value={v.code} />
        )}
        <SelectField
          name="kind"
          label={t('calendar:col.kind')}
          value={v.kind}
          errors={errors}
          required
          emptyLabel=""
          options={meetingKinds.map((k) => ({ value: k, label: t(`calendar:kind.${k}`) }))}
        />
        <TextField
          name="title"
          label={t('calendar:form.title')}
          value={v.title}
          errors={errors}
          required
          maxLength={300}
        />
        <TextField
          name="startsOn"
          type="date"
          label={t('calendar:form.startsOn')}
          value={v.startsOn}
          errors={errors}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t('calendar:form.endsOn')}
          value={v.endsOn}
          errors={errors}
        />
        <TextField
          name="venue"
          label={t('calendar:col.venue')}
          value={v.venue}
          errors={errors}
          maxLength={300}
        />
        <SelectField
          name="presidingStateIso3"
          label={t('calendar:col.presidingState')}
          value={v.presidingStateIso3}
          errors={errors}
          emptyLabel={t('calendar:form.noneOrNotKnown')}
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField
          name="president"
          label={t('calendar:col.president')}
          value={v.president}
          errors={errors}
          maxLength={200}
        />
        <TextField
          name="hosts"
          label={t('calendar:col.hosts')}
          hint={t('calendar:form.hostsHint')}
          value={v.hosts}
          errors={errors}
        />
        <TextAreaField
          name="agenda"
          label={t('calendar:meeting.agenda')}
          hint={t('calendar:form.linesHint')}
          value={v.agenda}
          errors={errors}
        />
        <TextAreaField
          name="documents"
          label={t('calendar:meeting.documents')}
          hint={t('calendar:form.documentsHint')}
          value={v.documents}
          errors={errors}
        />
        <fieldset>
          <legend>{t('calendar:col.reportingWindow')}</legend>
          <p class="hint">{t('calendar:form.windowHint')}</p>
          <TextField
            name="reportingFrom"
            type="date"
            label={t('calendar:form.reportingFrom')}
            value={v.reportingFrom}
            errors={errors}
          />
          <TextField
            name="reportingTo"
            type="date"
            label={t('calendar:form.reportingTo')}
            value={v.reportingTo}
            errors={errors}
          />
          <TextField
            name="censusDate"
            type="date"
            label={t('calendar:form.censusDate')}
            value={v.censusDate}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend>{t('calendar:col.participants')}</legend>
          <TextField
            name="participantsTotal"
            type="number"
            label={t('calendar:form.participantsTotal')}
            value={v.participantsTotal}
            errors={errors}
          />
          <div class="field">
            <label>
              <input
                type="checkbox"
                name="participantsApproximate"
                value="yes"
                checked={v.participantsApproximate === 'yes'}
              />{' '}
              {t('calendar:form.participantsApproximate')}
            </label>
          </div>
          <TextAreaField
            name="participationNote"
            label={t('calendar:form.participationNote')}
            value={v.participationNote}
            errors={errors}
          />
        </fieldset>
        <TextAreaField
          name="summary"
          label={t('calendar:meeting.summary')}
          value={v.summary}
          errors={errors}
        />
        <TextAreaField
          name="keyPoints"
          label={t('calendar:meeting.keyPoints')}
          hint={t('calendar:form.linesHint')}
          value={v.keyPoints}
          errors={errors}
        />
        <TextAreaField name="notes" label={t('calendar:meeting.notes')} value={v.notes} errors={errors} />
        <TextAreaField
          name="sources"
          label={t('calendar:meeting.sources')}
          hint={t('calendar:form.sourcesHint')}
          value={v.sources}
          errors={errors}
          required
        />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.mode === 'new' ? '/meetings' : `/meetings/${v.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
