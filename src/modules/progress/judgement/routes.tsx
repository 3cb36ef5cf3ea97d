import type { z } from 'zod';
import { type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess } from '../../../kernel/form-post.js';
import { readForm, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { ROW_ID_PATTERN } from '../../../kernel/ids.js';
import { renderPage } from '../../../kernel/page.js';
import { listStateNames } from '../../states/index.js';
import { findIndicator } from '../catalogue.js';
import { canJudgeIndicator, canJudgeProgress, inOfficeFor } from '../policy.js';
import { progressReportFor } from '../queries.js';
import { windowOf } from '../snapshot.js';
import { applyJudgement } from './apply.js';
import { compareWithPublished, publishedFor } from './compare.js';
import { IndicatorNotFoundError, PublishedNotHeldError } from './errors.js';
import { OverrideFigureInput, RecordAssessmentInput, WithdrawInput } from './inputs.js';
import { overrideFigure } from './override-figure.js';
import { judgedProgressReport, listAssessments, listOverrides } from './queries.js';
import { recordAssessment } from './record-assessment.js';
import { AssessPage } from './views/assess-page.js';
import { PublishedComparisonPage } from './views/published-page.js';
import { withdrawAssessment } from './withdraw-assessment.js';
import { withdrawOverride } from './withdraw-override.js';

// Hono reads `{…}` as the end of a pattern, so no `{n}` quantifiers inside.
const MEETING = '{[A-Za-z0-9][A-Za-z0-9-]*}';
const INDICATOR = '{LAP[0-9]+[a-z]?}';

const assessmentFields = ['stateIso3', 'value', 'basis', 'basisDetail', 'note'] as const;
const overrideFields = ['agreedValue', 'denominator', 'reason'] as const;

const pick = (form: Record<string, string>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, form[f] ?? '']));

/**
 * The input checked against the verb's own schema first, so the form shows this namespace's
 * messages at their fields (the kernel's Zod translation keeps only lower-case namespaces' keys and
 * would show a generic message instead); the verb then checks it again, with the permission.
 */
function refusedInput(schema: z.ZodType, raw: unknown): FieldErrors | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return null;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    fields[key] ??= [];
    fields[key].push(
      /^[a-zA-Z0-9]+:[\w.]+$/.test(issue.message) ? issue.message : `errors:zod.${issue.code}`,
    );
  }
  return fields;
}

/** A refusal of the input as the form's field errors; the override form names its figure `agreedValue`. */
async function attempt(
  schema: z.ZodType,
  raw: unknown,
  run: () => Promise<unknown>,
  rename: Record<string, string> = {},
): Promise<FieldErrors | null> {
  const renamed = (errs: FieldErrors) =>
    Object.fromEntries(Object.entries(errs).map(([k, v]) => [rename[k] ?? k, v]));
  const early = refusedInput(schema, raw);
  if (early) return renamed(early);
  try {
    await run();
    return null;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renamed(err.fieldErrors);
  }
}

/**
 * The judgement pages of the Progress Report: the ISU's and Coordinators' page to assess an
 * indicator and agree its figure, and the published report held against the data. A sub-app: the
 * progress module's routes mount it.
 */
export function progressJudgementRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  app.get(`/progress/:meeting${MEETING}/published`, async (c) => {
    const window = await windowOf(db, c.req.param('meeting'));
    const published = publishedFor(window.meeting);
    if (!published) throw new PublishedNotHeldError(window.meeting);
    const comparison = compareWithPublished(await judgedProgressReport(db, window.meeting), published);
    return renderPage(
      c,
      (t) => t('progressJudgement:published.title', { meeting: window.meeting }),
      PublishedComparisonPage,
      {
        comparison,
        canJudge: canJudgeProgress(c.get('actor')),
      },
    );
  });

  /** The indicator of the path, refused when the actor may not judge it. */
  const judging = async (c: AppContext) => {
    requireThat(c, canJudgeProgress(c.get('actor')));
    const window = await windowOf(db, c.req.param('meeting') ?? '');
    const id = c.req.param('indicatorId') ?? '';
    if (!findIndicator(id)) throw new IndicatorNotFoundError(id);
    const actor = await inOfficeFor(db, c.get('actor'), window.meeting, today());
    requireThat(c, canJudgeIndicator(actor, id));
    return { meeting: window.meeting, id };
  };

  const page = async (
    c: AppContext,
    meeting: string,
    id: string,
    forms: {
      assessment?: { values: Record<string, string>; errors?: FieldErrors };
      override?: { values: Record<string, string>; errors?: FieldErrors };
    } = {},
  ) => {
    const t = c.get('t');
    const [report, current, overrides, history, overrideHistory, states] = await Promise.all([
      progressReportFor(db, meeting),
      listAssessments(db, meeting),
      listOverrides(db, meeting),
      listAssessments(db, meeting, { indicatorId: id, history: true }),
      listOverrides(db, meeting, { indicatorId: id, history: true }),
      listStateNames(db, c.get('locale')),
    ]);
    const judged = applyJudgement(report, current, overrides);
    const indicator = judged.indicators.find((i) => i.id === id);
    if (!indicator) throw new IndicatorNotFoundError(id);
    const errors = forms.assessment?.errors ?? forms.override?.errors;
    return renderPage(
      c,
      (t) => t('progressJudgement:assess.title', { id, meeting }),
      AssessPage,
      {
        meeting,
        indicator,
        includesDemonstrationData: judged.includesDemonstrationData,
        states,
        assessments: history,
        overrides: overrideHistory,
        assessment: {
          values: forms.assessment?.values ?? pick({}, assessmentFields),
          errors: translateErrors(t, forms.assessment?.errors),
        },
        override: {
          values: forms.override?.values ?? pick({}, overrideFields),
          errors: translateErrors(t, forms.override?.errors),
        },
      },
      errors ? 422 : 200,
    );
  };

  const back = (c: AppContext, meeting: string, id: string, key: string) => {
    return redirectWithSuccess(c, key, `/progress/${meeting}/${id}/assess`);
  };

  app.get(`/progress/:meeting${MEETING}/:indicatorId${INDICATOR}/assess`, async (c) => {
    const { meeting, id } = await judging(c);
    return page(c, meeting, id);
  });

  app.post(`/progress/:meeting${MEETING}/:indicatorId${INDICATOR}/assess`, async (c) => {
    const { meeting, id } = await judging(c);
    const values = pick(await readForm(c), assessmentFields);
    const input = { ...values, meeting, indicatorId: id };
    const errors = await attempt(RecordAssessmentInput, input, () => recordAssessment(ctxOf(c), input));
    if (errors) return page(c, meeting, id, { assessment: { values, errors } });
    return back(c, meeting, id, 'progressJudgement:flash.recorded');
  });

  app.post(`/progress/:meeting${MEETING}/:indicatorId${INDICATOR}/override`, async (c) => {
    const { meeting, id } = await judging(c);
    const values = pick(await readForm(c), overrideFields);
    const input = {
      meeting,
      indicatorId: id,
      value: values.agreedValue,
      denominator: values.denominator,
      reason: values.reason,
    };
    const errors = await attempt(OverrideFigureInput, input, () => overrideFigure(ctxOf(c), input), {
      value: 'agreedValue',
    });
    if (errors) return page(c, meeting, id, { override: { values, errors } });
    return back(c, meeting, id, 'progressJudgement:flash.agreed');
  });

  // Withdrawing an assessment or an agreed figure, saying why; refused, the page shows the error at that form.
  const withdrawals = [
    {
      path: 'assessments',
      withdraw: withdrawAssessment,
      form: 'assessment',
      fields: assessmentFields,
      flash: 'progressJudgement:flash.withdrawn',
    },
    {
      path: 'override',
      withdraw: withdrawOverride,
      form: 'override',
      fields: overrideFields,
      flash: 'progressJudgement:flash.overrideWithdrawn',
    },
  ] as const;
  for (const w of withdrawals) {
    app.post(
      `/progress/:meeting${MEETING}/:indicatorId${INDICATOR}/${w.path}/:id${ROW_ID_PATTERN}/withdraw`,
      async (c) => {
        const { meeting, id } = await judging(c);
        const { reason } = await readForm(c);
        const input = { id: c.req.param('id'), reason };
        const errors = await attempt(WithdrawInput, input, () => w.withdraw(ctxOf(c), input));
        if (errors) return page(c, meeting, id, { [w.form]: { values: pick({}, w.fields), errors } });
        return back(c, meeting, id, w.flash);
      },
    );
  }

  return app;
}
