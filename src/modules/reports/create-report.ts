import { eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { findStateView } from '../states/index.js';
import { insertDraftVersion } from './draft-version.js';
import { CreateReportInput } from './inputs.js';
import { alreadyExists, counts, coverForYear, prefillFrom, resolveKind } from './lifecycle.js';
import { withCurrentNeeds } from './needs-prefill.js';
import { canCreateDemonstrationReport, canWriteReport, mayWriteSomeReport } from './policy.js';
import { findReportFor, latestSubmittedVersion } from './queries.js';
import { reports, reportVersions } from './schema.js';
import { contentFor, emptyContent } from './template/content.js';
import { carriesOver, currentTemplateId, getTemplate, offeredTemplateIds } from './template/registry.js';

/**
 * Opens a State's report for a year with draft version 1. Enter once, pre-fill always: the draft
 * starts from the State's standing submission of its latest earlier year, with every form's status
 * cleared so the State confirms each one (most are one click: "unchanged"), and Form J's needs
 * from the needs register as it stands today.
 */
export const createReport = defineVerb({
  name: 'reports.createReport',
  input: CreateReportInput,
  allow: mayWriteSomeReport,
  permit: (ctx, input) =>
    canWriteReport(ctx.actor, input.iso3) &&
    (!input.demonstration || canCreateDemonstrationReport(ctx.actor)),
  async run(ctx, input) {
    const state = await findStateView(ctx.db, input.iso3, isoDay(ctx.now));
    if (!state) throw new NotFoundError('state', input.iso3);
    const existing = await findReportFor(ctx.db, input.iso3, input.year);
    if (existing) throw alreadyExists(existing.id);

    // The initial report is owed until the registry records it (reports made before this platform
    // existed) or one of the State's reports here has been delivered or opened as the initial one.
    const history = await ctx.db
      .select({ kind: reports.kind, status: reportVersions.status })
      .from(reports)
      .leftJoin(reportVersions, eq(reportVersions.reportId, reports.id))
      .where(eq(reports.stateIso3, input.iso3));
    const article7 = state.obligations.find((o) => o.article === 7);
    const initialOutstanding =
      article7?.status === 'open' &&
      !history.some((h) => h.kind === 'initial' || (h.status !== null && counts(h.status)));
    const kind = resolveKind({
      state,
      year: input.year,
      currentYear: ctx.now.getUTCFullYear(),
      initialOutstanding,
      requested: input.kind,
    });

    const source = await latestSubmittedVersion(ctx.db, input.iso3, input.year);
    // The version chosen; else the one the State's last report used while it is still offered
    // (its answers carry on); else the Convention's official one (decision 020).
    const template = getTemplate(
      input.templateId ??
        (source && (offeredTemplateIds as readonly string[]).includes(source.templateId)
          ? source.templateId
          : currentTemplateId),
    );
    // Content of a version of another family does not fit this one's forms; mapping it is a job
    // for whoever adds that template, so until then such a report starts empty.
    const prefill = source && carriesOver(source.templateId, template.id) ? source : undefined;
    // The needs as they stand in the register, not as last year's report had them: what the State
    // added or updated since is shown, so submitting this draft keeps it.
    const content = await withCurrentNeeds(
      ctx.db,
      input.iso3,
      isoDay(ctx.now),
      coverForYear(
        prefill ? prefillFrom(contentFor(template, prefill.content)) : emptyContent(template),
        template,
        input.year,
      ),
    );

    // The unique (State, year) constraint decides a race between two creators: the loser is told
    // which report won, exactly as if it had been there before.
    const [report] = await ctx.db
      .insert(reports)
      .values({
        stateIso3: input.iso3,
        year: input.year,
        kind,
        demonstration: input.demonstration ?? false,
        createdAt: ctx.now,
      })
      .onConflictDoNothing({ target: [reports.stateIso3, reports.year] })
      .returning({ id: reports.id });
    if (!report) {
      const winner = await findReportFor(ctx.db, input.iso3, input.year);
      throw alreadyExists(winner?.id ?? 0);
    }
    const versionId = await insertDraftVersion(
      ctx,
      {
        reportId: report.id,
        number: 1,
        templateId: template.id,
        content,
        prefilledFromVersionId: prefill?.id ?? null,
      },
      `draft of ${report.id}`,
    );

    const summary = {
      iso3: input.iso3,
      year: input.year,
      kind,
      versionId,
      templateId: template.id,
      prefilledFromVersionId: prefill?.id ?? null,
      prefilledFromYear: prefill?.year ?? null,
    };
    return {
      result: {
        reportId: report.id,
        versionId,
        kind,
        prefilledFromVersionId: summary.prefilledFromVersionId,
      },
      // The content is last year's (or empty): the trail names its source rather than copying it.
      audit: [{ subjectType: 'report', subjectId: String(report.id), stateIso3: input.iso3, after: summary }],
    };
  },
});
