import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { stateOptions, vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { BackLink, FormPage } from '../../../kernel/views/form-page.js';
import type { MeetingView } from '../queries.js';
import { statementTags, statementTopics } from '../vocabulary.js';

/** Who spoke, on what, and what was said. */
const statementFields = (t: Translate, states: Array<{ iso3: string; name: string }>): FieldSpec[] => [
  {
    kind: 'select',
    name: 'stateIso3',
    label: t('calendar:statements.state'),
    hint: t('calendar:statements.speakerHint'),
    emptyLabel: '',
    options: stateOptions(states),
  },
  { kind: 'text', name: 'organisation', label: t('calendar:statements.organisation'), maxLength: 200 },
  {
    kind: 'select',
    name: 'topic',
    label: t('calendar:statements.topic'),
    required: true,
    emptyLabel: '',
    options: vocabularyOptions(t, statementTopics, 'calendar:topic.'),
  },
  { kind: 'textarea', name: 'summary', label: t('calendar:statements.summary'), required: true },
];

/** One box per tag a statement may carry. */
const tagBoxes = (t: Translate): FieldSpec[] =>
  statementTags.map((tag) => ({ kind: 'checkbox', name: `tag_${tag}`, label: t(`calendar:tag.${tag}`) }));

/** Where the statement can be read. */
const sourceFields = (t: Translate): FieldSpec[] => [
  { kind: 'text', name: 'href', type: 'url', label: t('calendar:statements.href') },
  { kind: 'text', name: 'source', label: t('calendar:form.source') },
];

export function StatementFormPage(p: {
  t: Translate;
  meeting: MeetingView;
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors, meeting: m } = p;
  return (
    <FormPage
      t={t}
      title={t('calendar:statements.newTitle')}
      intro={<BackLink href={`/meetings/${m.code}`} label={m.title} />}
      errors={errors}
      errorTitle={t('calendar:form.errorSummary')}
      action={`/meetings/${m.code}/statements/new`}
      cancel={`/meetings/${m.code}`}
    >
      <FieldList fields={statementFields(t, p.states)} values={v} errors={errors} />
      <fieldset>
        <legend>{t('calendar:statements.tags')}</legend>
        <FieldList fields={tagBoxes(t)} values={v} />
      </fieldset>
      <FieldList fields={sourceFields(t)} values={v} errors={errors} />
    </FormPage>
  );
}
