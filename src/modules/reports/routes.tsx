import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { isoDay } from '../../kernel/clock.js';
import { ConflictError, type FieldErrors, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { readBody, readForm, setFlash, translateErrors } from '../../kernel/forms.js';
import { createGate } from '../../kernel/gate.js';
import {
  type AppContext,
  type AppDeps,
  type AppEnv,
  requireThat,
  serviceContext,
} from '../../kernel/http.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { errorPage } from '../../kernel/views/error-page.js';
import { render } from '../../kernel/views/render.js';
import { findStateView, type StateView } from '../states/index.js';
import { amendReport } from './amend-report.js';
import { createReport } from './create-report.js';
import { renderReportDocx } from './exports/docx.js';
import { type ImportError, parseReportXlsx, renderReportXlsx } from './exports/xlsx.js';
import { importWorkbook, workbookOrigin } from './import-workbook.js';
import { formsAwaitingStatus } from './lifecycle.js';
import { markFormUnchanged } from './mark-form-unchanged.js';
import { canReadVersion, canRecallReport, canRecordChannel, canWriteReport } from './policy.js';
import {
  findReportFor,
  findReportVersionForActor,
  getReport,
  getReportVersionForActor,
  listReportsForState,
  type ReportWithVersions,
  type VersionSummary,
} from './queries.js';
import { recallReport } from './recall-report.js';
import { saveForm } from './save-form.js';
import { submitReport } from './submit-report.js';
import {
  diffContent,
  fieldName,
  flattenFormValues,
  formInputSchema,
  formStatusInputSchema,
  unflattenFormFields,
} from './template/content.js';
import { currentTemplateId, getTemplate } from './template/registry.js';
import type { FormDef, TemplateDef } from './template/types.js';
import { DiffPage } from './views/diff.js';
import { FormEditPage, type FormEditProps } from './views/form-edit.js';
import { type DraftView, type OverviewProps, ReportOverviewPage } from './views/overview.js';
import { StateReportsPage, type StateReportsProps } from './views/state-reports.js';
import { labelsFor, versionName } from './views/values.js';
import { VersionPage } from './views/version.js';

// Hono reads `{…}` as the end of a pattern, so no `{3}` quantifiers inside.
const ISO3 = '{[A-Za-z][A-Za-z][A-Za-z]}';
const ID = ROW_ID_PATTERN;
const FILE = '{[0-9]+\\.(?:docx|xlsx)}';
const REPORT = `/reports/:id${ID}`;
const VERSION = `${REPORT}/versions/:n${ID}`;
const FORM = `${VERSION}/forms/:code{[A-Za-z]+}`;

/** The largest workbook accepted: a full report is a few hundred kB. */
export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/** Multipart framing around the file: a 2 MiB file must not be refused for its envelope. */
const UPLOAD_ENVELOPE = 64 * 1024;
/** Workbooks read at once by one process; a further upload is told to try again shortly. */
const IMPORTS_AT_ONCE = 2;
const BUSY_RETRY_SECONDS = 10;
/** Each "add more rows" adds this many blank rows to every table, up to a bound a person never needs. */
const MORE_ROWS = 5;
const MAX_MORE = 20;
/** How far back the "start a report" form offers years: late reports are still reports. */
const YEARS_BACK = 6;

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const YearPair = z.object({
  from: z.coerce.number().int().min(2009).max(2100),
  to: z.coerce.number().int().min(2009).max(2100),
});
const versionNumber = z.coerce.number().int().min(1).max(32767);
const NumberPair = z.object({ from: versionNumber, to: versionNumber });

/** The version that speaks for a report: the one standing, else the newest this person may see. */
export function latestVisible(actor: Actor, report: ReportWithVersions): VersionSummary | undefined {
  const visible = report.versions.filter((v) => canReadVersion(actor, report.stateIso3, v.status));
  return visible.find((v) => v.status === 'submitted') ?? visible[visible.length - 1];
}

export function reportsRoutes(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  const app = new Hono<AppEnv>();
  const today = () => isoDay(deps.now());
  const ctxOf = (c: AppContext) => serviceContext(c, db, deps.now);

  const labelsOf = (c: AppContext, template: TemplateDef) => labelsFor(c.get('t'), c.get('locale'), template);
  const stateOf = async (iso3: string): Promise<StateView> => {
    const state = await findStateView(db, iso3, today());
    if (!state) throw new NotFoundError('state', iso3);
    return state;
  };
  const reportOf = (c: AppContext) => getReport(db, rowIdParam(c));
  const summaryOf = (report: ReportWithVersions, n: number | string | undefined) => {
    const v = report.versions.find((x) => x.number === Number(n));
    if (!v) throw new NotFoundError('report', `${report.id} version ${n}`);
    return v;
  };
  /** A conflict's message for a page, or undefined when the error is not one a person can act on. */
  const conflictMessage = (c: AppContext, err: unknown) =>
    err instanceof ConflictError ? c.get('t')(err.messageKey, err.params) : undefined;

  // ---- A State's reports, and starting one ----

  const stateReportsPage = async (
    c: AppContext,
    state: StateView,
    values: Record<string, string> = {},
    errors?: FieldErrors,
  ) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const reports = await listReportsForState(db, actor, state.iso3);
    const rows = reports.map((report) => ({
      report,
      latest: report.versions[report.versions.length - 1] as VersionSummary,
      standing: report.versions.find((v) => v.status === 'submitted'),
    }));
    let create: StateReportsProps['create'];
    if (canWriteReport(actor, state.iso3)) {
      // Every report of the State is visible to those who may write, so these years are truly free.
      const taken = new Set(reports.map((r) => r.year));
      const current = deps.now().getUTCFullYear();
      const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => current - i).filter(
        (y) => !taken.has(y),
      );
      // The usual case is last year's annual report, due by 30 April.
      const usual = years.includes(current - 1) ? current - 1 : years[0];
      create = {
        years,
        values: { year: values.year || String(usual ?? ''), kind: values.kind ?? '' },
        errors: translateErrors(t, errors),
        isu: canRecordChannel(actor),
      };
    }
    return render(
      c,
      t('reports:list.title', { state: state.name }),
      <StateReportsPage t={t} locale={c.get('locale')} state={state} rows={rows} create={create} />,
      errors ? 422 : 200,
    );
  };

  app.get(`/states/:iso3${ISO3}/reports`, async (c) => {
    const iso3 = c.req.param('iso3');
    if (iso3 !== iso3.toUpperCase()) return c.redirect(`/states/${iso3.toUpperCase()}/reports`, 301);
    return stateReportsPage(c, await stateOf(iso3));
  });

  app.post(`/states/:iso3${ISO3}/reports`, async (c) => {
    const iso3 = c.req.param('iso3').toUpperCase();
    requireThat(c, canWriteReport(c.get('actor'), iso3));
    const state = await stateOf(iso3);
    const form = await readForm(c);
    const values = { year: form.year ?? '', kind: form.kind ?? '' };
    try {
      const created = await createReport(ctxOf(c), { iso3, ...values });
      setFlash(c, { kind: 'success', key: 'reports:flash.created', params: { year: values.year } });
      return c.redirect(`/reports/${created.reportId}`, 303);
    } catch (err) {
      if (err instanceof ValidationError) return stateReportsPage(c, state, values, err.fieldErrors);
      // Someone opened that year meanwhile: take the person to it rather than to an error.
      if (err instanceof ConflictError && err.code === 'REPORTS.ALREADY_EXISTS' && err.params.reportId) {
        setFlash(c, { kind: 'error', key: err.messageKey });
        return c.redirect(`/reports/${err.params.reportId}`, 303);
      }
      throw err;
    }
  });

  // ---- One report: its versions, and the work on its draft ----

  type OverviewExtras = Pick<OverviewProps, 'values' | 'errors' | 'importErrors' | 'notice'>;

  const overviewPage = async (
    c: AppContext,
    extras: OverviewExtras = {},
    status: 200 | 409 | 413 | 422 | 429 = 200,
  ) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const report = await reportOf(c);
    const versions = report.versions.filter((v) => canReadVersion(actor, report.stateIso3, v.status));
    requireThat(c, versions.length > 0);
    const state = await stateOf(report.stateIso3);
    const may = {
      write: canWriteReport(actor, report.stateIso3),
      recall: canRecallReport(actor),
      recordChannel: canRecordChannel(actor),
    };
    let template = getTemplate(versions[versions.length - 1]?.templateId ?? currentTemplateId);
    let draft: DraftView | undefined;
    const draftSummary = versions.find((v) => v.status === 'draft');
    if (draftSummary && may.write) {
      const { version } = await getReportVersionForActor(db, actor, draftSummary.id);
      template = getTemplate(version.templateId);
      let source: DraftView['source'];
      if (version.prefilledFromVersionId) {
        const from = await findReportVersionForActor(db, actor, version.prefilledFromVersionId);
        if (from)
          source = {
            year: from.report.year,
            number: from.version.number,
            sameReport: from.report.id === report.id,
          };
      }
      draft = {
        version,
        forms: version.content.forms,
        awaiting: formsAwaitingStatus(version.content, template),
        source,
      };
    }
    return render(
      c,
      t('reports:overview.title', { state: state.name, year: report.year }),
      <ReportOverviewPage
        labels={labelsOf(c, template)}
        report={report}
        stateName={state.name}
        versions={versions}
        draft={draft}
        may={may}
        {...extras}
        errors={translateErrors(t, extras.errors)}
      />,
      status,
    );
  };

  app.get(REPORT, (c) => overviewPage(c));

  app.get(VERSION, async (c) => {
    const report = await reportOf(c);
    const summary = summaryOf(report, c.req.param('n'));
    const { version } = await getReportVersionForActor(db, c.get('actor'), summary.id);
    const state = await stateOf(report.stateIso3);
    const labels = labelsOf(c, getTemplate(version.templateId));
    return render(
      c,
      `${c.get('t')('reports:overview.title', { state: state.name, year: report.year })} · ${versionName(c.get('t'), version)}`,
      <VersionPage labels={labels} report={report} stateName={state.name} version={version} />,
    );
  });

  app.get(`${REPORT}/versions/:file${FILE}`, async (c) => {
    const [n, ext] = c.req.param('file').split('.') as [string, 'docx' | 'xlsx'];
    const report = await reportOf(c);
    const { version } = await getReportVersionForActor(db, c.get('actor'), summaryOf(report, n).id);
    const template = getTemplate(version.templateId);
    const common = {
      template,
      content: version.content,
      t: c.get('t'),
      iso3: report.stateIso3,
      year: report.year,
      versionNumber: version.number,
      demonstration: report.demonstration,
      // A draft's workbook says what it was made from, so its upload can tell offline edits from a stale copy.
      ...(version.status === 'draft' ? { generatedFrom: workbookOrigin(version) } : {}),
    };
    const body =
      ext === 'docx'
        ? await renderReportDocx({
            ...common,
            locale: c.get('locale'),
            stateName: (await stateOf(report.stateIso3)).name,
            kind: report.kind,
            status: version.status,
            submittedAt: version.submittedAt,
            channel: version.channel,
          })
        : await renderReportXlsx(common);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': mediaTypes[ext],
      'Content-Disposition': `attachment; filename="${report.stateIso3}-${report.year}-article7-v${version.number}.${ext}"`,
      // A draft changes with every save: never serve a stale copy from a cache.
      'Cache-Control': 'private, no-cache',
    });
  });

  // ---- Editing one form of the draft ----

  const loadDraftForm = async (c: AppContext) => {
    const actor = c.get('actor');
    const report = await reportOf(c);
    requireThat(c, canWriteReport(actor, report.stateIso3));
    // A version that is no longer a draft is not refused here: the GET sends the reader to the
    // read-only version, and a POST reaches saveForm, whose conflict keeps what was typed.
    const { version } = await getReportVersionForActor(db, actor, summaryOf(report, c.req.param('n')).id);
    const template = getTemplate(version.templateId);
    const form = template.forms.find((f) => f.code === c.req.param('code'));
    const state = await stateOf(report.stateIso3);
    return { report, version, template, form, state };
  };
  type DraftForm = Awaited<ReturnType<typeof loadDraftForm>> & { form: FormDef };

  const formPage = (
    c: AppContext,
    found: DraftForm,
    view: Pick<FormEditProps, 'values' | 'rowCounts' | 'lockVersion' | 'more' | 'errors' | 'conflict'>,
    status: 200 | 409 | 422 = 200,
  ) => {
    const labels = labelsOf(c, found.template);
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
      setFlash(c, { kind: 'error', key: 'reports:errors.notDraft' });
      return c.redirect(`/reports/${found.report.id}/versions/${version.number}`, 303);
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
      values: { ...flattenFormValues(form, stored?.values ?? {}), status: stored?.status ?? '' },
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
    const values = formInputSchema(form).safeParse(raw);
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
      setFlash(c, { kind: 'success', key: 'reports:flash.savedMoreRows', params: { count: MORE_ROWS } });
      return c.redirect(`${formHref(found)}?more=${Math.min(MAX_MORE, more + 1)}`, 303);
    }
    const key = form.hasStatus ? 'reports:flash.formSaved' : 'reports:flash.coverSaved';
    setFlash(c, { kind: 'success', key, params: { form: form.code } });
    return c.redirect(`/reports/${report.id}`, 303);
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
    setFlash(c, { kind: 'success', key: 'reports:flash.unchanged', params: { form: code } });
    return c.redirect(`/reports/${report.id}`, 303);
  });

  // ---- Lifecycle: submit, amend, recall ----

  app.post(`${REPORT}/submit`, async (c) => {
    const actor = c.get('actor');
    const report = await reportOf(c);
    requireThat(c, canWriteReport(actor, report.stateIso3));
    const posted = await readForm(c);
    // Only the ISU says how a report arrived; a focal point's submission is online, today.
    const values: Record<string, string> = canRecordChannel(actor)
      ? { channel: posted.channel ?? '', receivedOn: posted.receivedOn ?? '' }
      : {};
    try {
      await submitReport(ctxOf(c), {
        reportId: report.id,
        versionId: posted.versionId ?? '',
        lockVersion: posted.lockVersion ?? '',
        ...values,
      });
    } catch (err) {
      if (err instanceof ValidationError)
        return overviewPage(
          c,
          { values, errors: err.fieldErrors, notice: c.get('t')('errors:invalidInput') },
          422,
        );
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { values, notice }, 409);
      throw err;
    }
    const number = report.versions.find((v) => String(v.id) === posted.versionId)?.number ?? '';
    setFlash(c, { kind: 'success', key: 'reports:flash.submitted', params: { number } });
    return c.redirect(`/reports/${report.id}`, 303);
  });

  app.post(`${REPORT}/amend`, async (c) => {
    const report = await reportOf(c);
    requireThat(c, canWriteReport(c.get('actor'), report.stateIso3));
    try {
      const { number } = await amendReport(ctxOf(c), { reportId: report.id });
      setFlash(c, { kind: 'success', key: 'reports:flash.amended', params: { number } });
    } catch (err) {
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { notice }, 409);
      throw err;
    }
    return c.redirect(`/reports/${report.id}`, 303);
  });

  app.post(`${REPORT}/recall`, async (c) => {
    requireThat(c, canRecallReport(c.get('actor')));
    const report = await reportOf(c);
    const posted = await readForm(c);
    const values = { reason: posted.reason ?? '' };
    try {
      await recallReport(ctxOf(c), { reportId: report.id, ...values });
    } catch (err) {
      if (err instanceof ValidationError) return overviewPage(c, { values, errors: err.fieldErrors }, 422);
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { values, notice }, 409);
      throw err;
    }
    setFlash(c, { kind: 'success', key: 'reports:flash.recalled' });
    return c.redirect(`/reports/${report.id}`, 303);
  });

  // ---- The offline workbook, back in ----

  const importErrorText = (c: AppContext, e: ImportError) => {
    const t = c.get('t');
    const message = t(e.key, e.params ?? {});
    if (!e.sheet) return message;
    if (!e.row) return t('reports:upload.errorSheet', { sheet: e.sheet, message });
    if (!e.column) return t('reports:upload.errorRow', { sheet: e.sheet, row: e.row, message });
    return t('reports:upload.errorCell', { sheet: e.sheet, row: e.row, column: e.column, message });
  };
  const tooLarge = (c: AppContext) =>
    overviewPage(c, { importErrors: [c.get('t')('reports:upload.tooLarge')] }, 413);
  // Reading a workbook can take a few hundred MB even within the guard's limits: a few at a time.
  const imports = createGate(IMPORTS_AT_ONCE);

  app.post(
    `${VERSION}/upload`,
    bodyLimit({ maxSize: UPLOAD_MAX_BYTES + UPLOAD_ENVELOPE, onError: (c) => tooLarge(c as AppContext) }),
    async (c) => {
      const t = c.get('t');
      const report = await reportOf(c);
      requireThat(c, canWriteReport(c.get('actor'), report.stateIso3));
      const summary = summaryOf(report, c.req.param('n'));
      const body = await readBody(c);
      const file = body.workbook;
      const lockVersion = typeof body.lockVersion === 'string' ? body.lockVersion : '';
      if (!(file instanceof File) || file.size === 0)
        return overviewPage(c, { importErrors: [t('reports:upload.noFile')] }, 422);
      if (file.size > UPLOAD_MAX_BYTES) return tooLarge(c);
      const buffer = Buffer.from(await file.arrayBuffer());
      const run = await imports.tryRun(() =>
        parseReportXlsx({ template: getTemplate(summary.templateId), buffer, maxBytes: UPLOAD_MAX_BYTES }),
      );
      if (!run.ok) {
        c.header('Retry-After', String(BUSY_RETRY_SECONDS));
        return overviewPage(c, { importErrors: [t('reports:upload.busy')] }, 429);
      }
      const parsed = run.value;
      // All or nothing: a workbook with any mistake changes nothing, and every mistake is listed.
      if (!parsed.ok)
        return overviewPage(c, { importErrors: parsed.errors.map((e) => importErrorText(c, e)) }, 422);
      let done: Awaited<ReturnType<typeof importWorkbook>>;
      // The version the workbook was downloaded at decides, not the page's: the page may be newer.
      const origin = parsed.origin?.versionId === summary.id ? parsed.origin : null;
      try {
        done = await importWorkbook(ctxOf(c), {
          reportId: report.id,
          versionId: summary.id,
          lockVersion: origin ? origin.lockVersion : lockVersion,
          content: parsed.content,
          ...(origin ? { fingerprints: origin.forms } : {}),
        });
      } catch (err) {
        if (err instanceof ValidationError) {
          const list = Object.entries(err.fieldErrors).map(
            ([k, msgs]) => `${k}: ${msgs.map((m) => t(m)).join(' ')}`,
          );
          return overviewPage(c, { importErrors: list }, 422);
        }
        const notice = conflictMessage(c, err);
        if (notice) return overviewPage(c, { notice }, 409);
        throw err;
      }
      const count = done.changedForms.length;
      setFlash(
        c,
        done.keptForms.length
          ? {
              kind: 'success',
              key: 'reports:flash.importedKept',
              params: { count, forms: done.keptForms.join(', ') },
            }
          : { kind: 'success', key: 'reports:flash.imported', params: { count } },
      );
      return c.redirect(`/reports/${report.id}`, 303);
    },
  );

  // ---- What changed: between two versions of a report, or between two years ----

  app.get(`${REPORT}/diff`, async (c) => {
    const t = c.get('t');
    const report = await reportOf(c);
    const q = NumberPair.safeParse(c.req.query());
    if (!q.success) return errorPage(c, 400, t('reports:diff.badQuery'));
    const actor = c.get('actor');
    const from = await getReportVersionForActor(db, actor, summaryOf(report, q.data.from).id);
    const to = await getReportVersionForActor(db, actor, summaryOf(report, q.data.to).id);
    const template = getTemplate(to.version.templateId);
    const state = await stateOf(report.stateIso3);
    const side = (v: typeof from.version) => ({
      label: versionName(t, v),
      href: `/reports/${report.id}/versions/${v.number}`,
    });
    return render(
      c,
      t('reports:diff.versionsTitle', { state: state.name, year: report.year }),
      <DiffPage
        labels={labelsOf(c, template)}
        title={t('reports:diff.versionsTitle', { state: state.name, year: report.year })}
        back={{
          href: `/reports/${report.id}`,
          label: t('reports:edit.back', { state: state.name, year: report.year }),
        }}
        from={side(from.version)}
        to={side(to.version)}
        changes={diffContent(from.version.content, to.version.content, template)}
      />,
    );
  });

  app.get(`/states/:iso3${ISO3}/reports/diff`, async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const state = await stateOf(c.req.param('iso3'));
    const q = YearPair.safeParse(c.req.query());
    if (!q.success) return errorPage(c, 400, t('reports:diff.badQuery'));
    const sides = [];
    for (const year of [q.data.from, q.data.to]) {
      const row = await findReportFor(db, state.iso3, year);
      const report = row ? await getReport(db, row.id) : undefined;
      const latest = report ? latestVisible(actor, report) : undefined;
      // A report nobody here may see is, for this reader, no report at all.
      if (!report || !latest) return errorPage(c, 404, t('reports:diff.noReportForYear', { year }));
      const { version } = await getReportVersionForActor(db, actor, latest.id);
      sides.push({ report, version });
    }
    const [from, to] = sides as [(typeof sides)[0], (typeof sides)[0]];
    const template = getTemplate(to.version.templateId);
    const side = (s: typeof from) => ({
      label: t('reports:diff.yearSide', { year: s.report.year, version: versionName(t, s.version) }),
      href: `/reports/${s.report.id}/versions/${s.version.number}`,
    });
    const title = t('reports:diff.yearsTitle', { state: state.name, from: q.data.from, to: q.data.to });
    return render(
      c,
      title,
      <DiffPage
        labels={labelsOf(c, template)}
        title={title}
        back={{ href: `/states/${state.iso3}/reports`, label: t('reports:list.back', { state: state.name }) }}
        from={side(from)}
        to={side(to)}
        changes={yearChanges(from.version.content, to.version.content, template)}
        note={t('reports:diff.statusNote')}
      />,
    );
  });

  return app;
}

/**
 * Between two years only the answers are compared. Each year's form status says whether the form
 * changed since the report before it, and the cover's dates (period, submission) name the year
 * itself: neither is comparable across years, and both would bury the real changes.
 */
export function yearChanges(
  a: Parameters<typeof diffContent>[0],
  b: Parameters<typeof diffContent>[1],
  template: TemplateDef,
) {
  const coverDates = new Set(
    template.forms
      .find((f) => f.code === 'cover')
      ?.fields.filter((f) => f.kind === 'date')
      .map((f) => f.key),
  );
  return diffContent(a, b, template).filter(
    (c) => c.field !== '_status' && !(c.form === 'cover' && coverDates.has(c.field)),
  );
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
