import type { Db } from '../../../db/client.js';
import { isoDay } from '../../../kernel/clock.js';
import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { translateErrors } from '../../../kernel/forms.js';
import { type AppContext, type AppDeps, requireThat, serviceContext } from '../../../kernel/http.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { render } from '../../../kernel/views/render.js';
import { findStateView, type StateView } from '../../states/index.js';
import { formsAwaitingStatus } from '../lifecycle.js';
import { canReadVersion, canRecallReport, canRecordChannel, canWriteReport } from '../policy.js';
import {
  findReportVersionForActor,
  getReport,
  getReportVersionForActor,
  type ReportWithVersions,
} from '../queries.js';
import { currentTemplateId, getTemplate } from '../template/registry.js';
import type { TemplateDef } from '../template/types.js';
import { type DraftView, type OverviewProps, ReportOverviewPage } from '../views/overview.js';
import { labelsFor } from '../views/values.js';

// Hono reads `{…}` as the end of a pattern, so no `{3}` quantifiers inside.
export const ISO3 = '{[A-Za-z][A-Za-z][A-Za-z]}';
export const ID = ROW_ID_PATTERN;
export const FILE = '{[0-9]+\\.(?:docx|xlsx)}';
export const REPORT = `/reports/:id${ID}`;
export const VERSION = `${REPORT}/versions/:n${ID}`;
export const FORM = `${VERSION}/forms/:code{[A-Za-z]+}`;

/**
 * What every page group of the reports routes shares: the database, the clock, the lookups that
 * turn a URL's parameters into a report, its version and its State, and the report overview page
 * (which every action on a report renders again on a refusal).
 */
export function reportsKit(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  const today = () => isoDay(deps.now());
  const ctxOf = (c: AppContext) => serviceContext(c, db, deps.now);

  const labelsOf = (c: AppContext, template: TemplateDef) => labelsFor(c.get('t'), c.get('locale'), template);
  /** The State, named in the reader's language when `locale` is given. */
  const stateOf = async (iso3: string, locale?: string): Promise<StateView> => {
    const state = await findStateView(db, iso3, today(), locale);
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
    const state = await stateOf(report.stateIso3, c.get('locale'));
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

  return { deps, db, today, ctxOf, labelsOf, stateOf, reportOf, summaryOf, conflictMessage, overviewPage };
}

export type ReportsKit = ReturnType<typeof reportsKit>;
