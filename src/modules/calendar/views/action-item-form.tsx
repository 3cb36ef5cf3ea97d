import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../kernel/views/fields.js';
import type { MeetingView } from '../queries.js';
import { actionItemStatuses, officeAreas, ownerKinds } from '../vocabulary.js';

export function ActionItemFormPage(p: {
  t: Translate;
  meeting: MeetingView;
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, values: v, errors, meeting: m } = p;
  const field = bindFields(v, errors);
  const action = p.id
    ? `/meetings/${m.code}/action-items/${p.id}/edit`
    : `/meetings/${m.code}/action-items/new`;
  return (
    <section>
      <h1>{p.id ? t('calendar:actionItems.editTitle') : t('calendar:actionItems.newTitle')}</h1>
      <p>
        <a href={`/meetings/${m.code}`}>{m.title}</a>
      </p>
      <ErrorSummary errors={errors} title={t('calendar:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <TextAreaField {...field('what')} label={t('calendar:col.what')} required />
        <SelectField
          {...field('ownerKind')}
          label={t('calendar:form.ownerKind')}
          required
          emptyLabel=""
          options={ownerKinds.map((k) => ({ value: k, label: t(`calendar:ownerKind.${k}`) }))}
        />
        <TextField {...field('owner')} label={t('calendar:col.owner')} hint={t('calendar:form.ownerHint')} />
        <TextField {...field('dueOn')} label={t('calendar:col.due')} hint={t('calendar:form.dueHint')} />
        <SelectField
          {...field('status')}
          label={t('calendar:col.status')}
          required
          options={actionItemStatuses.map((s) => ({ value: s, label: t(`calendar:status.${s}`) }))}
        />
        <SelectField
          {...field('area')}
          label={t('calendar:offices.area')}
          emptyLabel={t('calendar:form.noArea')}
          options={officeAreas.map((a) => ({ value: a, label: t(`calendar:offices.areas.${a}`) }))}
        />
        <TextField
          {...field('states')}
          label={t('calendar:col.states')}
          hint={t('calendar:form.statesHint')}
        />
        <TextAreaField {...field('note')} label={t('calendar:form.note')} />
        <TextField {...field('source')} label={t('calendar:form.source')} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/meetings/${m.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
