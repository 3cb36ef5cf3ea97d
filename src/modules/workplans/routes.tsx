import { serveDownloads } from '../../kernel/downloads.js';
import type { FieldErrors } from '../../kernel/errors.js';
import type { ExportColumn } from '../../kernel/export.js';
import { attemptFromForm } from '../../kernel/form-errors.js';
import { serveForm } from '../../kernel/form-routes.js';
import { readForm } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import type { Translate } from '../../kernel/i18n/index.js';
import { ROW_ID_PATTERN } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { addActivity } from './add-activity.js';
import { createWorkPlan } from './create-work-plan.js';
import { ActivityNotFoundError } from './errors.js';
import {
  activityFields,
  activityFormValues,
  activityInputFromForm,
  errorsByField,
  pick,
  workPlanFields,
  workPlanFormValues,
  workPlanInputFromForm,
} from './form-input.js';
import { canWriteWorkPlans } from './policy.js';
import { quartersText } from './quarters.js';
import { type ActivityView, getWorkPlan, listWorkPlans, type WorkPlanView } from './queries.js';
import { renderWorkPlanReport } from './report-docx.js';
import { updateActivity } from './update-activity.js';
import { updateWorkPlan } from './update-work-plan.js';
import { ActivityFormPage, WorkPlanFormPage } from './views/forms.js';
import { WorkPlansListPage } from './views/list.js';
import { WorkPlanPage } from './views/plan.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type ActivityRow = { plan: WorkPlanView; activity: ActivityView };

/** One row per activity, with its plan: the columns of the CSV and XLSX downloads. */
export function activityColumns(t: Translate): ExportColumn<ActivityRow>[] {
  return [
    { header: t('workplans:export.planId'), value: (r) => r.plan.id },
    { header: t('workplans:col.plan'), value: (r) => r.plan.title },
    { header: t('workplans:col.area'), value: (r) => t(`workplans:area.${r.plan.area}`) },
    { header: t('workplans:col.cycle'), value: (r) => r.plan.cycle },
    { header: t('workplans:export.activityId'), value: (r) => r.activity.id },
    { header: t('workplans:form.label'), value: (r) => r.activity.label },
    { header: t('workplans:form.title'), value: (r) => r.activity.title },
    { header: t('workplans:form.description'), value: (r) => r.activity.description },
    { header: t('workplans:col.status'), value: (r) => t(`workplans:status.${r.activity.status}`) },
    { header: t('workplans:form.statusNote'), value: (r) => r.activity.statusNote },
    { header: t('workplans:col.quarters'), value: (r) => quartersText(r.activity.quarters) || null },
    { header: t('workplans:col.timing'), value: (r) => r.activity.timing },
    { header: t('workplans:col.implementers'), value: (r) => r.activity.implementers },
    {
      header: t('workplans:col.meetings'),
      value: (r) => r.activity.meetings.map((m) => m.code).join('; ') || null,
    },
    {
      header: t('workplans:col.documents'),
      value: (r) =>
        r.activity.documents.map((d) => [d.symbol, d.title, d.href].filter(Boolean).join(' ')).join('; ') ||
        null,
    },
    {
      header: t('workplans:col.actionItems'),
      value: (r) => r.activity.actionItems.map((i) => `${i.id} (${i.meetingCode})`).join('; ') || null,
    },
    { header: t('workplans:col.source'), value: (r) => r.activity.source },
  ];
}

export function workPlansRoutes(deps: RouteDeps) {
  const { app, db, ctxOf, today } = moduleRoutes(deps);
  const canWrite = (c: AppContext) => canWriteWorkPlans(c.get('actor'));
  const planOf = (c: AppContext) => getWorkPlan(db, Number(c.req.param('id')));

  /** Runs a verb from a form; a refusal of the input comes back as field errors, anything else is thrown. */
  const attempt = (run: () => Promise<unknown>) => attemptFromForm(run, errorsByField);

  app.get('/work-plans', async (c) => {
    return renderPage(c, 'workplans:list.title', WorkPlansListPage, {
      rows: await listWorkPlans(db),
      canWrite: canWrite(c),
    });
  });

  /** The activities of `plans` as a download's table, one row each with its plan. */
  const activitiesSheet = (c: AppContext, plans: WorkPlanView[], filename: string) => ({
    filename,
    sheetName: c.get('t')('workplans:export.sheet'),
    columns: activityColumns(c.get('t')),
    rows: plans.flatMap((plan) => plan.activities.map((activity) => ({ plan, activity }))),
  });
  const allPlans = async () => Promise.all((await listWorkPlans(db)).map((p) => getWorkPlan(db, p.id)));
  serveDownloads(app, '/work-plans/activities', async (c) =>
    activitiesSheet(c, await allPlans(), 'work-plan-activities'),
  );

  const planForm = (c: AppContext, values: Record<string, string>, id?: number, errors?: FieldErrors) => {
    return renderFormPage(
      c,
      (t) => (id ? t('workplans:form.editTitle') : t('workplans:form.newTitle')),
      WorkPlanFormPage,
      {
        id,
        values,
      },
      errors,
    );
  };

  /** Who may write, then the work plan the address names. */
  const writablePlan = async (c: AppContext) => {
    requireThat(c, canWrite(c));
    return planOf(c);
  };
  const readPlan = async (c: AppContext) => pick(await readForm(c), workPlanFields);
  const readActivity = async (c: AppContext) => pick(await readForm(c), activityFields);

  serveForm(app, '/work-plans/new', {
    open: (c) => requireThat(c, canWrite(c)),
    page: (c, _, values, errors) => planForm(c, values, undefined, errors),
    initial: () => ({ ...pick({}, workPlanFields), area: 'cooperation_assistance' }),
    read: readPlan,
    attempt,
    save: (c, _, values) => createWorkPlan(ctxOf(c), workPlanInputFromForm(values)),
    flash: 'workplans:flash.created',
    location: (_, saved) => `/work-plans/${saved.id}`,
  });

  app.get(`/work-plans/:id${ROW_ID_PATTERN}`, async (c) => {
    const plan = await planOf(c);
    return renderPage(c, () => plan.title, WorkPlanPage, {
      plan,
      canWrite: canWrite(c),
    });
  });

  serveDownloads(app, `/work-plans/:id${ROW_ID_PATTERN}/activities`, async (c) =>
    activitiesSheet(c, [await planOf(c)], `work-plan-${c.req.param('id')}-activities`),
  );

  app.get(`/work-plans/:id${ROW_ID_PATTERN}/report.docx`, async (c) => {
    const plan = await planOf(c);
    const locale = c.get('locale');
    const body = await renderWorkPlanReport({ plan, t: c.get('t'), locale, generatedOn: today() });
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="work-plan-${plan.id}-report-${locale}.docx"`,
      'Cache-Control': 'no-store',
    });
  });

  serveForm(app, `/work-plans/:id${ROW_ID_PATTERN}/edit`, {
    open: writablePlan,
    page: (c, plan, values, errors) => planForm(c, values, plan.id, errors),
    initial: (c, plan) => workPlanFormValues(plan, c.get('locale')),
    read: readPlan,
    attempt,
    save: (c, plan, values) => updateWorkPlan(ctxOf(c), { ...workPlanInputFromForm(values), id: plan.id }),
    flash: 'workplans:flash.updated',
    location: (plan) => `/work-plans/${plan.id}`,
  });

  const activityForm = (
    c: AppContext,
    plan: WorkPlanView,
    values: Record<string, string>,
    id?: number,
    errors?: FieldErrors,
  ) => {
    return renderFormPage(
      c,
      (t) => (id ? t('workplans:activity.editTitle') : t('workplans:activity.newTitle')),
      ActivityFormPage,
      {
        plan,
        id,
        values,
      },
      errors,
    );
  };

  serveForm(app, `/work-plans/:id${ROW_ID_PATTERN}/activities/new`, {
    open: writablePlan,
    page: (c, plan, values, errors) => activityForm(c, plan, values, undefined, errors),
    initial: () => ({ ...pick({}, activityFields), status: 'planned' }),
    read: readActivity,
    attempt,
    save: (c, plan, values) =>
      addActivity(ctxOf(c), { ...activityInputFromForm(values), workPlanId: plan.id }),
    flash: 'workplans:flash.activitySaved',
    location: (plan, saved) => `/work-plans/${plan.id}#activity-${saved.id}`,
  });

  const activityOf = async (c: AppContext) => {
    const plan = await writablePlan(c);
    const id = Number(c.req.param('activity'));
    const activity = plan.activities.find((a) => a.id === id);
    if (!activity) throw new ActivityNotFoundError(id);
    return { plan, activity };
  };

  serveForm(app, `/work-plans/:id${ROW_ID_PATTERN}/activities/:activity${ROW_ID_PATTERN}/edit`, {
    open: activityOf,
    page: (c, { plan, activity }, values, errors) => activityForm(c, plan, values, activity.id, errors),
    initial: (_, { activity }) => activityFormValues(activity),
    read: readActivity,
    attempt,
    save: (c, { activity }, values) =>
      updateActivity(ctxOf(c), { ...activityInputFromForm(values), id: activity.id }),
    flash: 'workplans:flash.activitySaved',
    location: ({ plan, activity }) => `/work-plans/${plan.id}#activity-${activity.id}`,
  });

  return app;
}
