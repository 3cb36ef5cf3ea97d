import { eq } from 'drizzle-orm';
import type { AuditRecord } from '../../kernel/audit/record.js';
import { isoDay } from '../../kernel/clock.js';
import { defineVerb } from '../../kernel/verb.js';
import { insertDraftVersion } from './draft-version.js';
import { reportRecalled } from './events.js';
import { RecallReportInput } from './inputs.js';
import { nextNumber, planRecall } from './lifecycle.js';
import { withCurrentNeeds } from './needs-prefill.js';
import { canRecallReport } from './policy.js';
import { lockReport } from './queries.js';
import { reportVersions } from './schema.js';
import { reportFacts } from './template/facts.js';

/**
 * The ISU voids the standing submission (sent by mistake, keyed in wrongly): it stays readable to
 * the State and the ISU as `recalled`, its content untouched, and stops counting as delivered. The
 * version it had superseded stands again. Work goes on in a draft continuing from the recalled
 * content, or in the amendment draft already open.
 */
export const recallReport = defineVerb({
  name: 'reports.recallReport',
  input: RecallReportInput,
  allow: canRecallReport,
  async run(ctx, input) {
    const locked = await lockReport(ctx.db, input.reportId);
    const { recall, restore, draft } = planRecall(input.reportId, locked.versions);
    const stateIso3 = locked.report.stateIso3;
    const audit: AuditRecord[] = [];

    // Each status change is written and audited the same way.
    const setStatus = async (
      id: number,
      from: 'submitted' | 'superseded',
      to: 'recalled' | 'submitted',
      detail: Record<string, unknown>,
    ) => {
      await ctx.db
        .update(reportVersions)
        .set({ status: to, updatedAt: ctx.now })
        .where(eq(reportVersions.id, id));
      audit.push({
        subjectType: 'report_version',
        subjectId: String(id),
        stateIso3,
        before: { status: from },
        after: { status: to, ...detail },
      });
    };

    // Recalled first: the standing-submission index allows one submitted version at a time.
    await setStatus(recall.id, 'submitted', 'recalled', { reason: input.reason });
    if (restore) await setStatus(restore.id, 'superseded', 'submitted', { restoredByRecallOf: recall.id });
    // What only this submission said goes with it: subscribers (the needs register) undo it here.
    await reportRecalled.publish(ctx, {
      stateIso3,
      reportId: input.reportId,
      year: locked.report.year,
      kind: locked.report.kind,
      recalled: {
        number: recall.number,
        submittedAt: recall.submittedAt,
        receivedOn: recall.receivedOn,
        facts: reportFacts(recall.content, recall.templateId),
      },
      restored: restore
        ? {
            number: restore.number,
            receivedOn: restore.receivedOn,
            facts: reportFacts(restore.content, restore.templateId),
          }
        : null,
    });

    let draftId = draft?.id;
    if (!draftId) {
      const number = nextNumber(locked.versions);
      draftId = await insertDraftVersion(
        ctx,
        {
          reportId: input.reportId,
          number,
          templateId: recall.templateId,
          // The recalled rows stay (the recall withdrew their needs), with the register's others added.
          content: await withCurrentNeeds(
            ctx.db,
            stateIso3,
            isoDay(ctx.now),
            structuredClone(recall.content),
            {
              keep: true,
            },
          ),
          prefilledFromVersionId: recall.id,
        },
        `draft after recall of ${input.reportId}`,
      );
      audit.push({
        subjectType: 'report_version',
        subjectId: String(draftId),
        stateIso3,
        after: { number, status: 'draft', continuesFrom: recall.id, year: locked.report.year },
      });
    }

    return {
      result: {
        reportId: input.reportId,
        recalledVersionId: recall.id,
        restoredVersionId: restore?.id ?? null,
        draftVersionId: draftId,
      },
      audit,
    };
  },
});
