import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { vocabularyOptions } from '../../../kernel/views/choices.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { BackLink, FormPage } from '../../../kernel/views/form-page.js';
import { officeAreas } from '../../calendar/index.js';
import { activityStatuses } from '../vocabulary.js';

/**
 * A text box or text area of the work plan forms: its label, and its hint when it has one, are the
 * catalogue's `workplans:` keys.
 */
const box =
  (t: Translate) =>
  (kind: 'text' | 'textarea', name: string, label: string, hint?: string, required?: boolean): FieldSpec => ({
    kind,
    name,
    label: t(`workplans:${label}`),
    hint: hint ? t(`workplans:${hint}`) : undefined,
    required,
  });

function workPlanFields(t: Translate): FieldSpec[] {
  const field = box(t);
  return [
    {
      kind: 'select',
      name: 'area',
      label: t('workplans:col.area'),
      required: true,
      emptyLabel: '',
      options: vocabularyOptions(t, officeAreas, 'workplans:area.'),
    },
    field('text', 'title', 'form.title', undefined, true),
    field('text', 'cycle', 'col.cycle', 'form.cycleHint', true),
    field('text', 'fromMeeting', 'form.fromMeeting', 'form.cycleEndHint'),
    field('text', 'toMeeting', 'form.toMeeting', 'form.cycleEndHint'),
    field('textarea', 'background', 'plan.background'),
    field('textarea', 'objectives', 'plan.objectives', 'form.linesHint'),
    field('textarea', 'expectedOutputs', 'plan.expectedOutputs', 'form.linesHint'),
    field('text', 'budgetAmount', 'form.budgetAmount', 'form.budgetHint'),
    field('text', 'budgetCurrency', 'form.budgetCurrency', 'form.currencyHint'),
    field('text', 'budgetNote', 'form.budgetNote'),
    field('textarea', 'implementers', 'plan.implementers', 'form.linesHint'),
    field('textarea', 'partners', 'plan.partners', 'form.linesHint'),
    field('text', 'source', 'col.source', 'form.sourceHint'),
  ];
}

function activityFields(t: Translate): FieldSpec[] {
  const field = box(t);
  return [
    field('text', 'label', 'form.label', 'form.labelHint'),
    field('textarea', 'title', 'form.title', undefined, true),
    field('textarea', 'description', 'form.description'),
    {
      kind: 'select',
      name: 'status',
      label: t('workplans:col.status'),
      required: true,
      options: vocabularyOptions(t, activityStatuses, 'workplans:status.'),
    },
    field('textarea', 'statusNote', 'form.statusNote', 'form.statusNoteHint'),
    field('text', 'quarters', 'col.quarters', 'form.quartersHint'),
    field('text', 'timing', 'col.timing', 'form.timingHint'),
    field('text', 'implementers', 'col.implementers'),
    field('text', 'meetingCodes', 'col.meetings', 'form.meetingsHint'),
    field('textarea', 'documents', 'col.documents', 'form.documentsHint'),
    field('text', 'actionItemIds', 'col.actionItems', 'form.actionItemsHint'),
    field('text', 'source', 'col.source', 'form.sourceHint'),
  ];
}

/** A work plan form: its heading, the errors, the fields, save and cancel. */
function WorkPlansForm(p: {
  t: Translate;
  title: string;
  back?: { href: string; label: string };
  action: string;
  cancel: string;
  fields: FieldSpec[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, errors } = p;
  return (
    <FormPage
      t={t}
      title={p.title}
      intro={p.back ? <BackLink {...p.back} /> : null}
      errors={errors}
      errorTitle={t('workplans:form.errorSummary')}
      action={p.action}
      cancel={p.cancel}
    >
      <FieldList fields={p.fields} values={p.values} errors={errors} />
    </FormPage>
  );
}

export function WorkPlanFormPage(p: {
  t: Translate;
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = p;
  return (
    <WorkPlansForm
      t={t}
      title={p.id ? t('workplans:form.editTitle') : t('workplans:form.newTitle')}
      action={p.id ? `/work-plans/${p.id}/edit` : '/work-plans/new'}
      cancel={p.id ? `/work-plans/${p.id}` : '/work-plans'}
      fields={workPlanFields(t)}
      values={p.values}
      errors={p.errors}
    />
  );
}

export function ActivityFormPage(p: {
  t: Translate;
  plan: { id: number; title: string };
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, plan } = p;
  const base = `/work-plans/${plan.id}`;
  return (
    <WorkPlansForm
      t={t}
      title={p.id ? t('workplans:activity.editTitle') : t('workplans:activity.newTitle')}
      back={{ href: base, label: plan.title }}
      action={p.id ? `${base}/activities/${p.id}/edit` : `${base}/activities/new`}
      cancel={base}
      fields={activityFields(t)}
      values={p.values}
      errors={p.errors}
    />
  );
}
