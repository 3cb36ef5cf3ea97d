import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { BackLink, FormPage } from '../../../kernel/views/form-page.js';
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
    <FormPage
      t={t}
      title={p.id ? t('calendar:actionItems.editTitle') : t('calendar:actionItems.newTitle')}
      intro={<BackLink href={`/meetings/${m.code}`} label={m.title} />}
      errors={errors}
      errorTitle={t('calendar:form.errorSummary')}
      action={action}
      cancel={`/meetings/${m.code}`}
    >
      <FieldList fields={actionItemFields(t)} values={v} errors={errors} />
    </FormPage>
  );
}
