import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import {
  bindFields,
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../kernel/views/fields.js';
import { meetingKinds } from '../vocabulary.js';

export function MeetingFormPage(p: {
  t: Translate;
  mode: 'new' | 'edit';
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors } = p;
  const field = bindFields(v, errors);
  const action = p.mode === 'new' ? '/meetings/new' : `/meetings/${v.code}/edit`;
  return (
    <section>
      <h1>
        {p.mode === 'new' ? t('calendar:form.newTitle') : t('calendar:form.editTitle', { code: v.code })}
      </h1>
      <p>{t('calendar:form.intro')}</p>
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        {p.mode === 'new' ? (
          <TextField
            {...field('code')}
            label={t('calendar:form.code')}
            hint={t('calendar:form.codeHint')}
            required
            maxLength={40}
          />
        ) : (
          <input type="hidden" name="code" value={v.code} />
        )}
        <SelectField
          {...field('kind')}
          label={t('calendar:col.kind')}
          required
          emptyLabel=""
          options={meetingKinds.map((k) => ({ value: k, label: t(`calendar:kind.${k}`) }))}
        />
        <TextField {...field('title')} label={t('calendar:form.title')} required maxLength={300} />
        <TextField {...field('startsOn')} type="date" label={t('calendar:form.startsOn')} />
        <TextField {...field('endsOn')} type="date" label={t('calendar:form.endsOn')} />
        <TextField {...field('venue')} label={t('calendar:col.venue')} maxLength={300} />
        <SelectField
          {...field('presidingStateIso3')}
          label={t('calendar:col.presidingState')}
          emptyLabel={t('calendar:form.noneOrNotKnown')}
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField {...field('president')} label={t('calendar:col.president')} maxLength={200} />
        <TextField {...field('hosts')} label={t('calendar:col.hosts')} hint={t('calendar:form.hostsHint')} />
        <TextAreaField
          {...field('agenda')}
          label={t('calendar:meeting.agenda')}
          hint={t('calendar:form.linesHint')}
        />
        <TextAreaField
          {...field('documents')}
          label={t('calendar:meeting.documents')}
          hint={t('calendar:form.documentsHint')}
        />
        <fieldset>
          <legend>{t('calendar:col.reportingWindow')}</legend>
          <p class="hint">{t('calendar:form.windowHint')}</p>
          <TextField {...field('reportingFrom')} type="date" label={t('calendar:form.reportingFrom')} />
          <TextField {...field('reportingTo')} type="date" label={t('calendar:form.reportingTo')} />
          <TextField {...field('censusDate')} type="date" label={t('calendar:form.censusDate')} />
        </fieldset>
        <fieldset>
          <legend>{t('calendar:col.participants')}</legend>
          <TextField
            {...field('participantsTotal')}
            type="number"
            label={t('calendar:form.participantsTotal')}
          />
          <CheckboxField
            name="participantsApproximate"
            checked={v.participantsApproximate === 'yes'}
            label={t('calendar:form.participantsApproximate')}
          />
          <TextAreaField {...field('participationNote')} label={t('calendar:form.participationNote')} />
        </fieldset>
        <TextAreaField {...field('summary')} label={t('calendar:meeting.summary')} />
        <TextAreaField
          {...field('keyPoints')}
          label={t('calendar:meeting.keyPoints')}
          hint={t('calendar:form.linesHint')}
        />
        <TextAreaField {...field('notes')} label={t('calendar:meeting.notes')} />
        <TextAreaField
          {...field('sources')}
          label={t('calendar:meeting.sources')}
          hint={t('calendar:form.sourcesHint')}
          required
        />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.mode === 'new' ? '/meetings' : `/meetings/${v.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
