import { isoDay } from '../../kernel/clock.js';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { AmendReportInput } from './inputs.js';
import { nextNumber, planAmendment } from './lifecycle.js';
import { withCurrentNeeds } from './needs-prefill.js';
import { mayWriteSomeReport } from './policy.js';
import { lockReport } from './queries.js';
import { permitDraftWrite } from './save-form.js';
import { reportVersions } from './schema.js';

/**
 * Revises a delivered report: a new draft starts as a copy of the standing submission, which itself
 * stays as it was (and stands until the amendment is submitted). Form statuses are kept: this is the
 * same year's report, already confirmed form by form.
 */
export const amendReport = defineVerb({
  name: 'reports.amendReport',
  input: AmendReportInput,
  allow: mayWriteSomeReport,
  permit: permitDraftWrite,
  async run(ctx, input) {
    const locked = await lockReport(ctx.db, input.reportId);
    const { from } = planAmendment(input.reportId, locked.versions);
    const number = nextNumber(locked.versions);
    const [draft] = await ctx.db
      .insert(reportVersions)
      .values({
        reportId: input.reportId,
        number,
        status: 'draft',
        templateId: from.templateId,
        // Needs added or updated since the submission are shown, so the amendment does not lapse them.
        content: await withCurrentNeeds(
          ctx.db,
          locked.report.stateIso3,
          isoDay(ctx.now),
          structuredClone(from.content),
        ),
        lockVersion: 0,
        formRevisions: {},
        prefilledFromVersionId: from.id,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: reportVersions.id });
    if (!draft) throw new NotFoundError('report', `amendment of ${input.reportId}`);
    return outcomeOn(
      { type: 'report_version', id: draft.id, stateIso3: locked.report.stateIso3 },
      { reportId: input.reportId, versionId: draft.id, number },
      { after: { number, status: 'draft', amends: from.id, year: locked.report.year } },
    );
  },
});
