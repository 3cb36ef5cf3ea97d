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
import { areas } from '../../cooperation/index.js';
import { coalitionStatuses } from '../vocabulary.js';

export function CoalitionFormPage(p: {
  t: Translate;
  /** The coalition being edited; none for a new one. */
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The States the actor may choose: all for the ISU and Coordinators, its own for a focal point. */
  states: Array<{ iso3: string; name: string }>;
}) {
  const { t, values: v, errors } = p;
  const field = bindFields(v, errors);
  const action = p.id ? `/coalitions/${p.id}/edit` : '/coalitions/new';
  const title = p.id ? t('coalitions:form.editTitle', { name: v.name }) : t('coalitions:form.newTitle');
  const areaErrors = errors?.[`area_${areas[0]}`];
  return (
    <section>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} title={t('coalitions:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <SelectField
          {...field('stateIso3')}
          label={t('coalitions:col.state')}
          required
          emptyLabel=""
          options={p.states.map((s) => ({ value: s.iso3, label: s.name }))}
        />
        <TextField {...field('name')} label={t('coalitions:col.name')} required maxLength={200} />
        <TextAreaField
          {...field('members')}
          label={t('coalitions:col.members')}
          hint={t('coalitions:form.membersHint')}
        />
        <fieldset>
          <legend>{t('coalitions:col.areas')}</legend>
          {areaErrors?.length ? (
            <p class="error" id={`f-area_${areas[0]}`}>
              {areaErrors.join(' ')}
            </p>
          ) : null}
          {areas.map((a) => (
            <CheckboxField
              name={`area_${a}`}
              label={t(`coalitions:area.${a}`)}
              checked={v[`area_${a}`] === 'yes'}
            />
          ))}
        </fieldset>
        <TextField
          {...field('establishedOn')}
          label={t('coalitions:col.establishedOn')}
          hint={t('coalitions:form.establishedHint')}
        />
        <SelectField
          {...field('status')}
          label={t('coalitions:col.storedStatus')}
          hint={t('coalitions:form.statusHint')}
          required
          options={coalitionStatuses.map((s) => ({ value: s, label: t(`coalitions:status.${s}`) }))}
        />
        <TextAreaField
          {...field('source')}
          label={t('coalitions:col.source')}
          hint={t('coalitions:form.sourceHint')}
          required
        />
        <CheckboxField
          name="published"
          label={t('coalitions:form.published')}
          hint={t('coalitions:form.publishedHint')}
          checked={v.published === 'yes'}
        />
        <TextAreaField {...field('notes')} label={t('coalitions:form.notes')} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.id ? `/coalitions/${p.id}` : '/coalitions'}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
