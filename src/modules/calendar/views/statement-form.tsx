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
import type { MeetingView } from '../queries.js';
import { statementTags, statementTopics } from '../vocabulary.js';

export function StatementFormPage(p: {
  t: Translate;
  meeting: MeetingView;
  values: Record<string, string>;
  errors?: FieldErrors;
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors, meeting: m } = p;
  const field = bindFields(v, errors);
  return (
    <section>
      <h1>{t('calendar:statements.newTitle')}</h1>
      <p>
        <a href={`/meetings/${m.code}`}>{m.title}</a>
      </p>
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={`/meetings/${m.code}/statements/new#errors`} class="stack" novalidate>
        <SelectField
          {...field('stateIso3')}
          label={t('calendar:statements.state')}
          hint={t('calendar:statements.speakerHint')}
          emptyLabel=""
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField {...field('organisation')} label={t('calendar:statements.organisation')} maxLength={200} />
        <SelectField
          {...field('topic')}
          label={t('calendar:statements.topic')}
          required
          emptyLabel=""
          options={statementTopics.map((k) => ({ value: k, label: t(`calendar:topic.${k}`) }))}
        />
        <TextAreaField {...field('summary')} label={t('calendar:statements.summary')} required />
        <fieldset>
          <legend>{t('calendar:statements.tags')}</legend>
          {statementTags.map((tag) => (
            <CheckboxField
              name={`tag_${tag}`}
              checked={v[`tag_${tag}`] === 'yes'}
              label={t(`calendar:tag.${tag}`)}
            />
          ))}
        </fieldset>
        <TextField {...field('href')} type="url" label={t('calendar:statements.href')} />
        <TextField {...field('source')} label={t('calendar:form.source')} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/meetings/${m.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
