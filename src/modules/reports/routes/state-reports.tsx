import type { Hono } from 'hono';
import { ConflictError, type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { readForm, redirectToOutcome, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, type AppEnv, requireThat } from '../../../kernel/http.js';
import { render } from '../../../kernel/views/render.js';
import type { StateView } from '../../states/index.js';
import { createReport } from '../create-report.js';
import { partyInYear, startableYears } from '../lifecycle.js';
import { canRecordChannel, canWriteReport } from '../policy.js';
import { listReportsForState, type VersionSummary } from '../queries.js';
import { templateText } from '../template/labels.js';
import { getTemplate, offeredTemplateIds } from '../template/registry.js';
import { StateReportsPage, type StateReportsProps } from '../views/state-reports.js';
import { ISO3, type ReportsKit } from './kit.js';

/** A State's reports, and starting one. */
export function stateReportsRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, ctxOf, stateOf, deps } = kit;

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
      // Every year the server accepts: the ISU keys in old reports too, late reports are reports.
      const years = startableYears(current, taken).map((y) => ({
        year: y,
        voluntary: !partyInYear(state, y),
      }));
      // The usual case is last year's annual report, due by 30 April.
      const usual = years.some((y) => y.year === current - 1) ? current - 1 : years[0]?.year;
      create = {
        years,
        values: {
          year: values.year || String(usual ?? ''),
          kind: values.kind ?? '',
          templateId: values.templateId ?? '',
        },
        templates: offeredTemplateIds.map((id) => ({
          value: id,
          label: templateText(t, getTemplate(id)).label('title'),
        })),
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
    return stateReportsPage(c, await stateOf(iso3, c.get('locale')));
  });

  app.post(`/states/:iso3${ISO3}/reports`, async (c) => {
    const iso3 = c.req.param('iso3').toUpperCase();
    requireThat(c, canWriteReport(c.get('actor'), iso3));
    const state = await stateOf(iso3, c.get('locale'));
    const form = await readForm(c);
    const values = { year: form.year ?? '', kind: form.kind ?? '', templateId: form.templateId ?? '' };
    try {
      const created = await createReport(ctxOf(c), { iso3, ...values });
      return redirectToOutcome(
        c,
        { kind: 'success', key: 'reports:flash.created', params: { year: values.year } },
        `/reports/${created.reportId}`,
      );
    } catch (err) {
      if (err instanceof ValidationError) return stateReportsPage(c, state, values, err.fieldErrors);
      // Someone opened that year meanwhile: take the person to it rather than to an error.
      if (err instanceof ConflictError && err.code === 'REPORTS.ALREADY_EXISTS' && err.params.reportId) {
        return redirectToOutcome(
          c,
          { kind: 'error', key: err.messageKey },
          `/reports/${err.params.reportId}`,
        );
      }
      throw err;
    }
  });
}
