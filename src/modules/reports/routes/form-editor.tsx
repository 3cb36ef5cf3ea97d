import type { Hono } from 'hono';
import { type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { readForm, redirectToOutcome, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, type AppEnv, requireThat } from '../../../kernel/http.js';
import { formatDate, formatNumber } from '../../../kernel/i18n/index.js';
import { errorPage } from '../../../kernel/views/error-page.js';
import { render } from '../../../kernel/views/render.js';
import { warningFieldName } from '../checks/checks.js';
import { confirmWarning } from '../checks/confirm-warning.js';
import { type ShownWarning, warningsOf } from '../checks/queries.js';
import { markFormUnchanged } from '../mark-form-unchanged.js';
import { canConfirmWarning, canWriteReport } from '../policy.js';
import { getReportVersionForActor } from '../queries.js';
import { saveForm } from '../save-form.js';
import {
  fieldName,
  flattenFormValues,
  formInputSchema,
  formStatusInputSchema,
  unflattenFormFields,
} from '../template/content.js';
import { getTemplate } from '../template/registry.js';
import type { FormDef } from '../template/types.js';
import { type CellWarning, FormEditPage, type FormEditProps } from '../views/form-edit.js';
import { FORM, type ReportsKit } from './kit.js';

/** Each "add more rows" adds this many blank rows to every table, up to a bound a person never needs. */
const MORE_ROWS = 5;
const MAX_MORE = 20;

/** Editing one form of the draft, and marking a form unchanged since the last report. */
export function formEditorRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, ctxOf, labelsOf, stateOf, reportOf, summaryOf, conflictMessage, overviewPage } = kit;

  const loadDraftForm = async (c: AppContext) => {
    const actor = c.get('actor');
    const report = await reportOf(c);
    requireThat(c, canWriteReport(actor, report.stateIso3));
    // A version that is no longer a draft is not refused here: the GET sends the reader to the
    // read-only version, and a POST reaches saveForm, whose conflict keeps what was typed.
    const { version } = await getReportVersionForActor(db, actor, summaryOf(report, c.req.param('n')).id);
    const template = getTemplate(version.templateId);
    const form = template.forms.find((f) => f.code === c.req.param('code'));
    const state = await stateOf(report.stateIso3, c.get('locale'));
    return { report, version, template, form, state };
  };
  type DraftForm = Awaited<ReturnType<typeof loadDraftForm>> & { form: FormDef };

  /** This form's warnings, worded, by the HTML name of the field or cell each is shown at. */
  const cellWarnings = (c: AppContext, found: DraftForm, warnings: readonly ShownWarning[]) => {
    const t = c.get('t');
    const locale = c.get('locale');
    const out: Record<string, CellWarning[]> = {};
    warnings
      .filter((w) => w.at.form === found.form.code)
      .forEach((w, i) => {
        const figures = Object.fromEntries(
          Object.entries(w.figures).map(([k, v]) => [k, formatNumber(locale, v)]),
        );
        const name = warningFieldName(w.at);
        out[name] ??= [];
        out[name].push({
          formId: `warning-${i + 1}`,
          key: w.key,
          message: t(`reports:checks.${w.rule}`, figures),
          confirmed: w.confirmation
            ? t('reports:checks.confirmedBy', {
                who: w.confirmation.byName ?? w.confirmation.by ?? '—',
                when: formatDate(locale, w.confirmation.at),
                note: w.confirmation.note ?? '',
              })
            : null,
        });
      });
    return out;
  };

  const formPage = async (
    c: AppContext,
    found: DraftForm,
    view: Pick<FormEditProps, 'values' | 'rowCounts' | 'lockVersion' | 'more' | 'errors' | 'conflict'>,
    status: 200 | 409 | 422 = 200,
  ) => {
    const labels = labelsOf(c, found.template);
    // Warnings are of what is stored: on a refused post they still describe the saved figures.
    const warnings = cellWarnings(c, found, await warningsOf(db, found.report, found.version.content));
    return render(
      c,
      `${labels.formTitle(found.form.code)} · ${found.state.name} ${found.report.year}`,
      <FormEditPage
        labels={labels}
        report={{
          id: found.report.id,
          year: found.report.year,
          iso3: found.report.stateIso3,
          stateName: found.state.name,
        }}
        version={{ number: found.version.number }}
        form={found.form}
        {...view}
        errors={translateErrors(c.get('t'), view.errors)}
        warnings={warnings}
        confirmAction={`${formHref(found)}/warnings`}
      />,
      status,
    );
  };
  const formHref = (found: DraftForm) =>
    `/reports/${found.report.id}/versions/${found.version.number}/forms/${found.form.code}`;
  const moreOf = (raw: string | undefined) =>
    Math.min(MAX_MORE, Math.max(0, Number.parseInt(raw ?? '', 10) || 0));

  const withForm = async (c: AppContext) => {
    const found = await loadDraftForm(c);
    return found.form ? (found as DraftForm) : null;
  };

  app.get(FORM, async (c) => {
    const found = await withForm(c);
    if (!found) return errorPage(c, 404, c.get('t')('reports:errors.unknownForm'));
    const { form, version } = found;
    if (version.status !== 'draft') {
      return redirectToOutcome(
        c,
        { kind: 'error', key: 'reports:errors.notDraft' },
        `/reports/${found.report.id}/versions/${version.number}`,
      );
    }
    const more = moreOf(c.req.query('more'));
    const stored = version.content.forms[form.code];
    const rowCounts: Record<string, number> = {};
    for (const f of form.fields) {
      if (f.kind !== 'table') continue;
      const rows = stored?.values[f.key];
      rowCounts[f.key] = (Array.isArray(rows) ? rows.length : 0) + (f.blankRows ?? 3) + MORE_ROWS * more;
    }
    return formPage(c, found, {
      values: {
        ...flattenFormValues(form, stored?.values ?? {}, c.get('locale')),
        status: stored?.status ?? '',
      },
      rowCounts,
      lockVersion: version.lockVersion,
      more,
    });
  });

  app.post(FORM, async (c) => {
    const found = await withForm(c);
    if (!found) return errorPage(c, 404, c.get('t')('reports:errors.unknownForm'));
    const { form, report, version } = found;
    const posted = await readForm(c);
    const more = moreOf(posted.more);
    const lockVersion = Number.parseInt(posted.lockVersion ?? '', 10);
    // What was typed, and only that: re-rendered as it was on a refusal.
    const typed: Record<string, string> = { status: posted.status ?? '' };
    for (const [k, v] of Object.entries(posted)) if (k.startsWith('v.')) typed[k] = v;
    const raw = unflattenFormFields(form, posted);
    const rowCounts: Record<string, number> = {};
    for (const f of form.fields) {
      if (f.kind !== 'table') continue;
      const rows = raw[f.key];
      rowCounts[f.key] = Math.max(Array.isArray(rows) ? rows.length : 0, f.blankRows ?? 3);
    }
    const view = { values: typed, rowCounts, lockVersion: Number.isNaN(lockVersion) ? 0 : lockVersion, more };

    const errors: FieldErrors = {};
    const add = (name: string, message: string) => {
      errors[name] ??= [];
      errors[name].push(message);
    };
    const values = formInputSchema(form, c.get('locale')).safeParse(raw);
    if (!values.success) for (const i of values.error.issues) add(fieldName(i.path as string[]), i.message);
    const status = form.hasStatus ? formStatusInputSchema.safeParse(posted.status) : null;
    if (status && !status.success) for (const i of status.error.issues) add('status', i.message);
    if (!values.success || (status && !status.success)) return formPage(c, found, { ...view, errors }, 422);

    try {
      await saveForm(ctxOf(c), {
        reportId: report.id,
        versionId: version.id,
        lockVersion: posted.lockVersion ?? '',
        form: form.code,
        status: status?.data ?? null,
        values: values.data,
      });
    } catch (err) {
      if (err instanceof ValidationError)
        return formPage(c, found, { ...view, errors: htmlNames(err.fieldErrors, form, raw) }, 422);
      const message = conflictMessage(c, err);
      // Never take the newer lock version silently: the person reloads and sees the other changes first.
      if (message)
        return formPage(c, found, { ...view, conflict: { message, reloadHref: formHref(found) } }, 409);
      throw err;
    }
    if (posted.intent === 'more') {
      return redirectToOutcome(
        c,
        { kind: 'success', key: 'reports:flash.savedMoreRows', params: { count: MORE_ROWS } },
        `${formHref(found)}?more=${Math.min(MAX_MORE, more + 1)}`,
      );
    }
    // Figures that disagree are shown at their cells: the person confirms or corrects them there.
    const reread = await getReportVersionForActor(db, c.get('actor'), version.id);
    const open = (await warningsOf(db, report, reread.version.content)).filter(
      (w) => w.at.form === form.code && !w.confirmation,
    ).length;
    if (open > 0) {
      return redirectToOutcome(
        c,
        { kind: 'success', key: 'reports:flash.savedWithWarnings', params: { count: open } },
        formHref(found),
      );
    }
    const key = form.hasStatus ? 'reports:flash.formSaved' : 'reports:flash.coverSaved';
    return redirectToOutcome(
      c,
      { kind: 'success', key, params: { form: form.code } },
      `/reports/${report.id}`,
    );
  });

  app.post(`${FORM}/warnings`, async (c) => {
    const found = await withForm(c);
    if (!found) return errorPage(c, 404, c.get('t')('reports:errors.unknownForm'));
    requireThat(c, canConfirmWarning(c.get('actor'), found.report.stateIso3));
    const posted = await readForm(c);
    try {
      await confirmWarning(ctxOf(c), {
        reportId: found.report.id,
        warningKey: posted.warningKey ?? '',
        note: posted.note ?? '',
      });
    } catch (err) {
      // The figures changed meanwhile (or the post was made up): the page shows what stands now.
      if (err instanceof ValidationError) {
        return redirectToOutcome(c, { kind: 'error', key: 'reports:errors.noSuchWarning' }, formHref(found));
      }
      throw err;
    }
    return redirectToOutcome(c, { kind: 'success', key: 'reports:flash.warningConfirmed' }, formHref(found));
  });

  app.post(`${FORM}/unchanged`, async (c) => {
    const report = await reportOf(c);
    requireThat(c, canWriteReport(c.get('actor'), report.stateIso3));
    const summary = summaryOf(report, c.req.param('n'));
    const posted = await readForm(c);
    const code = c.req.param('code');
    try {
      await markFormUnchanged(ctxOf(c), {
        reportId: report.id,
        versionId: summary.id,
        lockVersion: posted.lockVersion ?? '',
        form: code,
      });
    } catch (err) {
      if (err instanceof ValidationError)
        return overviewPage(c, { notice: c.get('t')('errors:invalidInput') }, 422);
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { notice }, 409);
      throw err;
    }
    return redirectToOutcome(
      c,
      { kind: 'success', key: 'reports:flash.unchanged', params: { form: code } },
      `/reports/${report.id}`,
    );
  });
}

/**
 * The verb names errors by its input (`values.areas.0.size`, rows counted after blank ones were
 * dropped); the page names them by HTML field (`v.areas.3.size`, rows as posted).
 */
function htmlNames(errors: FieldErrors, form: FormDef, raw: Record<string, unknown>): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, msgs] of Object.entries(errors)) {
    const [head, field, row, ...rest] = key.split('.');
    let name = key === 'status' ? 'status' : '_';
    if (head === 'values' && field) {
      const def = form.fields.find((f) => f.key === field);
      if (def?.kind === 'table' && row !== undefined) {
        const rows = Array.isArray(raw[field]) ? (raw[field] as Array<Record<string, string>>) : [];
        const posted = rows
          .map((r, i) => ({ i, blank: Object.values(r).every((v) => (v ?? '').trim() === '') }))
          .filter((r) => !r.blank)
          .map((r) => r.i);
        name = fieldName([field, posted[Number(row)] ?? Number(row), ...rest]);
      } else name = fieldName([field]);
    }
    out[name] = [...(out[name] ?? []), ...msgs];
  }
  return out;
}
