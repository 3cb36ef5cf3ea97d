import { eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../kernel/actor.js';
import { isoDay } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { obligationEvents, recordObligationEvent } from '../states/index.js';
import { reportAmended, reportSubmitted } from './events.js';
import { SubmitReportInput } from './inputs.js';
import { assertDraftEditable, planSubmission } from './lifecycle.js';
import { canRecordChannel, canWriteReport, mayWriteSomeReport } from './policy.js';
import { lockReport, pickVersion, stateOfReport } from './queries.js';
import { reportVersions } from './schema.js';
import { reportFacts } from './template/facts.js';

/**
 * The draft becomes the report as delivered: its content is frozen from here on. Whatever version
 * stood before is superseded. A focal point's submission arrives online, today; the ISU keying in a
 * report received by e-mail or post records that channel and the day it arrived (which is the day
 * that counts for the 30 April deadline, not the day it was typed in).
 */
export const submitReport = defineVerb({
  name: 'reports.submitReport',
  input: SubmitReportInput,
  allow: mayWriteSomeReport,
  async permit(ctx, input) {
    if (!canWriteReport(ctx.actor, await stateOfReport(ctx.db, input.reportId))) return false;
    const online = (input.channel ?? 'online') === 'online';
    const today = input.receivedOn === undefined || input.receivedOn === isoDay(ctx.now);
    return canRecordChannel(ctx.actor) || (online && today);
  },
  async run(ctx, input) {
    const today = isoDay(ctx.now);
    const channel = input.channel ?? 'online';
    const receivedOn = input.receivedOn ?? today;
    if (receivedOn > today) throw new ValidationError({ receivedOn: ['reports:errors.receivedInFuture'] });

    const locked = await lockReport(ctx.db, input.reportId);
    const draft = pickVersion(locked, input.versionId);
    // The lock version makes sure what is submitted is what the submitter last saw.
    assertDraftEditable(draft, input.lockVersion);
    const { supersede } = planSubmission(locked.versions, draft);

    if (supersede.length > 0) {
      await ctx.db
        .update(reportVersions)
        .set({ status: 'superseded', updatedAt: ctx.now })
        .where(
          inArray(
            reportVersions.id,
            supersede.map((v) => v.id),
          ),
        );
    }
    const submitted = {
      status: 'submitted' as const,
      submittedAt: ctx.now,
      submittedBy: ctx.actor.id,
      channel,
      receivedOn,
    };
    await ctx.db
      .update(reportVersions)
      .set({ ...submitted, updatedAt: ctx.now })
      .where(eq(reportVersions.id, draft.id));

    const stateIso3 = locked.report.stateIso3;
    // What the version says goes out as facts; the needs register (cooperation) follows from them,
    // in this transaction. Replacing a standing version is an amendment.
    await (supersede.length > 0 ? reportAmended : reportSubmitted).publish(ctx, {
      stateIso3,
      reportId: locked.report.id,
      year: locked.report.year,
      kind: locked.report.kind,
      version: draft.number,
      receivedOn,
      facts: reportFacts(draft.content, draft.templateId),
    });
    // The report is the database: an initial report delivered here closes the State's Article 7
    // initial-report obligation in the registry, in this same transaction, through its own verb.
    if (locked.report.kind === 'initial') {
      const referenceKey = `report:${locked.report.id}:initial`;
      const [known] = await ctx.db
        .select({ id: obligationEvents.id })
        .from(obligationEvents)
        .where(eq(obligationEvents.referenceKey, referenceKey));
      if (!known) {
        await recordObligationEvent(
          { ...ctx, actor: systemActor('reports.submitReport') },
          {
            iso3: stateIso3,
            kind: 'initial_report_submitted',
            occurredOn: receivedOn,
            confirmed: true,
            note: `Initial Article 7 report for ${locked.report.year}, version ${draft.number} (${channel})`,
            source: `/reports/${locked.report.id}`,
            referenceKey,
          },
        );
      }
    }
    return {
      result: {
        reportId: input.reportId,
        versionId: draft.id,
        supersededVersionIds: supersede.map((v) => v.id),
      },
      audit: [
        {
          subjectType: 'report_version',
          subjectId: String(draft.id),
          stateIso3,
          before: { status: 'draft' },
          after: {
            number: draft.number,
            year: locked.report.year,
            ...submitted,
            submittedBy: ctx.actor.label,
          },
        },
        ...supersede.map((v) => ({
          subjectType: 'report_version',
          subjectId: String(v.id),
          stateIso3,
          before: { status: v.status },
          after: { status: 'superseded', supersededBy: draft.id },
        })),
      ],
    };
  },
});
