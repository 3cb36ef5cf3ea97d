import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { stateOptions, vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import { meetingKinds } from '../vocabulary.js';

/** What the meeting is: its code (chosen once, when it is added), kind, title, dates, place and hosts. */
function whatFields(t: Translate, mode: 'new' | 'edit', states: Array<{ iso3: string; name: string }>) {
  const fields: Array<FieldSpec | false> = [
    mode === 'new' && {
      kind: 'text',
      name: 'code',
      label: t('calendar:form.code'),
      hint: t('calendar:form.codeHint'),
      required: true,
      maxLength: 40,
    },
    {
      kind: 'select',
      name: 'kind',
      label: t('calendar:col.kind'),
      required: true,
      emptyLabel: '',
      options: vocabularyOptions(t, meetingKinds, 'calendar:kind.'),
    },
    { kind: 'text', name: 'title', label: t('calendar:form.title'), required: true, maxLength: 300 },
    { kind: 'text', name: 'startsOn', type: 'date', label: t('calendar:form.startsOn') },
    { kind: 'text', name: 'endsOn', type: 'date', label: t('calendar:form.endsOn') },
    { kind: 'text', name: 'venue', label: t('calendar:col.venue'), maxLength: 300 },
    {
      kind: 'select',
      name: 'presidingStateIso3',
      label: t('calendar:col.presidingState'),
      emptyLabel: t('calendar:form.noneOrNotKnown'),
      options: stateOptions(states),
    },
    { kind: 'text', name: 'president', label: t('calendar:col.president'), maxLength: 200 },
    { kind: 'text', name: 'hosts', label: t('calendar:col.hosts'), hint: t('calendar:form.hostsHint') },
    {
      kind: 'textarea',
      name: 'agenda',
      label: t('calendar:meeting.agenda'),
      hint: t('calendar:form.linesHint'),
    },
    {
      kind: 'textarea',
      name: 'documents',
      label: t('calendar:meeting.documents'),
      hint: t('calendar:form.documentsHint'),
    },
  ];
  return fields;
}

/** The reporting window the meeting's reports cover. */
const windowFields = (t: Translate): FieldSpec[] => [
  { kind: 'text', name: 'reportingFrom', type: 'date', label: t('calendar:form.reportingFrom') },
  { kind: 'text', name: 'reportingTo', type: 'date', label: t('calendar:form.reportingTo') },
  { kind: 'text', name: 'censusDate', type: 'date', label: t('calendar:form.censusDate') },
];

/** How many took part. */
const participationFields = (t: Translate): FieldSpec[] => [
  { kind: 'text', name: 'participantsTotal', type: 'number', label: t('calendar:form.participantsTotal') },
  { kind: 'checkbox', name: 'participantsApproximate', label: t('calendar:form.participantsApproximate') },
  { kind: 'textarea', name: 'participationNote', label: t('calendar:form.participationNote') },
];

/** What came of it and where that is written. */
const outcomeFields = (t: Translate): FieldSpec[] => [
  { kind: 'textarea', name: 'summary', label: t('calendar:meeting.summary') },
  {
    kind: 'textarea',
    name: 'keyPoints',
    label: t('calendar:meeting.keyPoints'),
    hint: t('calendar:form.linesHint'),
  },
  { kind: 'textarea', name: 'notes', label: t('calendar:meeting.notes') },
  {
    kind: 'textarea',
    name: 'sources',
    label: t('calendar:meeting.sources'),
    hint: t('calendar:form.sourcesHint'),
    required: true,
  },
];

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
    <FormPage
      t={t}
      title={p.mode === 'new' ? t('calendar:form.newTitle') : t('calendar:form.editTitle', { code: v.code })}
      intro={<p>{t('calendar:form.intro')}</p>}
      errors={errors}
      errorTitle={t('calendar:form.errorSummary')}
      action={action}
      cancel={p.mode === 'new' ? '/meetings' : `/meetings/${v.code}`}
    >
      {p.mode === 'edit' ? <input type="hidden" name="code" value={v.code} /> : null}
      <FieldList fields={whatFields(t, p.mode, p.states)} values={v} errors={errors} />
      <fieldset>
        <legend>{t('calendar:col.reportingWindow')}</legend>
        <p class="hint">{t('calendar:form.windowHint')}</p>
        <FieldList fields={windowFields(t)} values={v} errors={errors} />
      </fieldset>
      <fieldset>
        <legend>{t('calendar:col.participants')}</legend>
        <FieldList fields={participationFields(t)} values={v} errors={errors} />
      </fieldset>
      <FieldList fields={outcomeFields(t)} values={v} errors={errors} />
    </FormPage>
  );
}
