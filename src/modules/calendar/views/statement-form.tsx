import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
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
  return (
    <section>
      <h1>{t('calendar:statements.newTitle')}</h1>
      <p>
        <a href={`/meetings/${m.code}`}>{m.title}</a>
      </p>
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={`/meetings/${m.code}/statements/new`} class="stack" novalidate>
        <SelectField
          name="stateIso3"
          label={t('calendar:statements.state')}
          hint={t('calendar:statements.speakerHint')}
          value={v.stateIso3}
          errors={errors}
          emptyLabel=""
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField
          name="organisation"
          label={t('calendar:statements.organisation')}
          value={v.organisation}
          errors={errors}
          maxLength={200}
        />
        <SelectField
          name="topic"
          label={t('calendar:statements.topic')}
          value={v.topic}
          errors={errors}
          required
          emptyLabel=""
          options={statementTopics.map((k) => ({ value: k, label: t(`calendar:topic.${k}`) }))}
        />
        <TextAreaField
          name="summary"
          label={t('calendar:statements.summary')}
          value={v.summary}
          errors={errors}
          required
        />
        <fieldset>
          <legend>{t('calendar:statements.tags')}</legend>
          {statementTags.map((tag) => (
            <div class="field">
              <label>
                <input type="checkbox" name={`tag_${tag}`} value="yes" checked={v[`tag_${tag}`] === 'yes'} />{' '}
                {t(`calendar:tag.${tag}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <TextField
          name="href"
          type="url"
          label={t('calendar:statements.href')}
          value={v.href}
          errors={errors}
        />
        <TextField name="source" label={t('calendar:form.source')} value={v.source} errors={errors} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/meetings/${m.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
