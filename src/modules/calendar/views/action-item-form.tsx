import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { ErrorSummary } from '../../../kernel/views/fields.js';
import type { MeetingView } from '../queries.js';
import { actionItemStatuses, officeAreas, ownerKinds } from '../vocabulary.js';

/** What a meeting asked someone to do: the task, who, by when, how it stands, the States concerned. */
function actionItemFields(t: Translate): FieldSpec[] {
  const choices = (values: readonly string[], key: string) =>
    values.map((value) => ({ value, label: t(`calendar:${key}.${value}`) }));
  return [
    { kind: 'textarea', name: 'what', label: t('calendar:col.what'), required: true },
    {
      kind: 'select',
      name: 'ownerKind',
      label: t('calendar:form.ownerKind'),
      required: true,
      emptyLabel: '',
      options: choices(ownerKinds, 'ownerKind'),
    },
    { kind: 'text', name: 'owner', label: t('calendar:col.owner'), hint: t('calendar:form.ownerHint') },
    { kind: 'text', name: 'dueOn', label: t('calendar:col.due'), hint: t('calendar:form.dueHint') },
    {
      kind: 'select',
      name: 'status',
      label: t('calendar:col.status'),
      required: true,
      options: choices(actionItemStatuses, 'status'),
    },
    {
      kind: 'select',
      name: 'area',
      label: t('calendar:offices.area'),
      emptyLabel: t('calendar:form.noArea'),
      options: choices(officeAreas, 'offices.areas'),
    },
    { kind: 'text', name: 'states', label: t('calendar:col.states'), hint: t('calendar:form.statesHint') },
    { kind: 'textarea', name: 'note', label: t('calendar:form.note') },
    { kind: 'text', name: 'source', label: t('calendar:form.source') },
  ];
}

export function ActionItemFormPage(p: {
  t: Translate;
  meeting: MeetingView;
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, values: v, errors, meeting: m } = p;
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
        <FieldList fields={actionItemFields(t)} values={v} errors={errors} />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/meetings/${m.code}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
