import { isoDay } from '../../kernel/clock.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { insertDraftVersion } from './draft-version.js';
import { AmendReportInput } from './inputs.js';
import { nextNumber, planAmendment } from './lifecycle.js';
import { withCurrentNeeds } from './needs-prefill.js';
import { mayWriteSomeReport } from './policy.js';
import { lockReport } from './queries.js';
import { permitDraftWrite } from './save-form.js';

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
    const draftId = await insertDraftVersion(
      ctx,
      {
        reportId: input.reportId,
        number,
        templateId: from.templateId,
        // Needs added or updated since the submission are shown, so the amendment does not lapse them.
        content: await withCurrentNeeds(
          ctx.db,
          locked.report.stateIso3,
          isoDay(ctx.now),
          structuredClone(from.content),
        ),
        prefilledFromVersionId: from.id,
      },
      `amendment of ${input.reportId}`,
    );
    return outcomeOn(
      { type: 'report_version', id: draftId, stateIso3: locked.report.stateIso3 },
      { reportId: input.reportId, versionId: draftId, number },
      { after: { number, status: 'draft', amends: from.id, year: locked.report.year } },
    );
  },
});
