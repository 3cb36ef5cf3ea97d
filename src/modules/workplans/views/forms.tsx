import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../kernel/views/fields.js';
import { officeAreas } from '../../calendar/index.js';
import { activityStatuses } from '../vocabulary.js';

export function WorkPlanFormPage(p: {
  t: Translate;
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, values, errors } = p;
  const field = bindFields(values, errors);
  const action = p.id ? `/work-plans/${p.id}/edit` : '/work-plans/new';
  return (
    <section>
      <h1>{p.id ? t('workplans:form.editTitle') : t('workplans:form.newTitle')}</h1>
      <ErrorSummary errors={errors} title={t('workplans:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <SelectField
          {...field('area')}
          label={t('workplans:col.area')}
          required
          emptyLabel=""
          options={officeAreas.map((a) => ({ value: a, label: t(`workplans:area.${a}`) }))}
        />
        <TextField {...field('title')} label={t('workplans:form.title')} required />
        <TextField
          {...field('cycle')}
          label={t('workplans:col.cycle')}
          hint={t('workplans:form.cycleHint')}
          required
        />
        <TextField
          {...field('fromMeeting')}
          label={t('workplans:form.fromMeeting')}
          hint={t('workplans:form.cycleEndHint')}
        />
        <TextField
          {...field('toMeeting')}
          label={t('workplans:form.toMeeting')}
          hint={t('workplans:form.cycleEndHint')}
        />
        <TextAreaField {...field('background')} label={t('workplans:plan.background')} />
        <TextAreaField
          {...field('objectives')}
          label={t('workplans:plan.objectives')}
          hint={t('workplans:form.linesHint')}
        />
        <TextAreaField
          {...field('expectedOutputs')}
          label={t('workplans:plan.expectedOutputs')}
          hint={t('workplans:form.linesHint')}
        />
        <TextField
          {...field('budgetAmount')}
          label={t('workplans:form.budgetAmount')}
          hint={t('workplans:form.budgetHint')}
        />
        <TextField
          {...field('budgetCurrency')}
          label={t('workplans:form.budgetCurrency')}
          hint={t('workplans:form.currencyHint')}
        />
        <TextField {...field('budgetNote')} label={t('workplans:form.budgetNote')} />
        <TextAreaField
          {...field('implementers')}
          label={t('workplans:plan.implementers')}
          hint={t('workplans:form.linesHint')}
        />
        <TextAreaField
          {...field('partners')}
          label={t('workplans:plan.partners')}
          hint={t('workplans:form.linesHint')}
        />
        <TextField
          {...field('source')}
          label={t('workplans:col.source')}
          hint={t('workplans:form.sourceHint')}
        />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={p.id ? `/work-plans/${p.id}` : '/work-plans'}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}

export function ActivityFormPage(p: {
  t: Translate;
  plan: { id: number; title: string };
  id?: number;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, values, errors, plan } = p;
  const field = bindFields(values, errors);
  const action = p.id
    ? `/work-plans/${plan.id}/activities/${p.id}/edit`
    : `/work-plans/${plan.id}/activities/new`;
  return (
    <section>
      <h1>{p.id ? t('workplans:activity.editTitle') : t('workplans:activity.newTitle')}</h1>
      <p>
        <a href={`/work-plans/${plan.id}`}>{plan.title}</a>
      </p>
      <ErrorSummary errors={errors} title={t('workplans:form.errorSummary')} />
      <form method="post" action={`${action}#errors`} class="stack" novalidate>
        <TextField
          {...field('label')}
          label={t('workplans:form.label')}
          hint={t('workplans:form.labelHint')}
        />
        <TextAreaField {...field('title')} label={t('workplans:form.title')} required />
        <TextAreaField {...field('description')} label={t('workplans:form.description')} />
        <SelectField
          {...field('status')}
          label={t('workplans:col.status')}
          required
          options={activityStatuses.map((s) => ({ value: s, label: t(`workplans:status.${s}`) }))}
        />
        <TextAreaField
          {...field('statusNote')}
          label={t('workplans:form.statusNote')}
          hint={t('workplans:form.statusNoteHint')}
        />
        <TextField
          {...field('quarters')}
          label={t('workplans:col.quarters')}
          hint={t('workplans:form.quartersHint')}
        />
        <TextField
          {...field('timing')}
          label={t('workplans:col.timing')}
          hint={t('workplans:form.timingHint')}
        />
        <TextField {...field('implementers')} label={t('workplans:col.implementers')} />
        <TextField
          {...field('meetingCodes')}
          label={t('workplans:col.meetings')}
          hint={t('workplans:form.meetingsHint')}
        />
        <TextAreaField
          {...field('documents')}
          label={t('workplans:col.documents')}
          hint={t('workplans:form.documentsHint')}
        />
        <TextField
          {...field('actionItemIds')}
          label={t('workplans:col.actionItems')}
          hint={t('workplans:form.actionItemsHint')}
        />
        <TextField
          {...field('source')}
          label={t('workplans:col.source')}
          hint={t('workplans:form.sourceHint')}
        />
        <button type="submit">{t('common:save')}</button>{' '}
        <a href={`/work-plans/${plan.id}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
