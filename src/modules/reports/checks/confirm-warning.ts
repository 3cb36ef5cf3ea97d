import { ValidationError } from '../../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { ConfirmWarningInput } from '../inputs.js';
import { canConfirmWarning, mayConfirmSomeWarning } from '../policy.js';
import { lockReport, stateOfReport } from '../queries.js';
import { reportWarningConfirmations } from '../schema.js';
import { warningsOf } from './queries.js';

/**
 * The submitter confirms a consistency warning: the figures stand as the State reported them (an
 * estimate beside surveyed areas, a source that counts differently). Only a warning the report's
 * open draft, else its standing submission, raises now can be confirmed; confirming it twice
 * changes nothing.
 */
export const confirmWarning = defineVerb({
  name: 'reports.confirmWarning',
  input: ConfirmWarningInput,
  allow: mayConfirmSomeWarning,
  permit: async (ctx, input) => canConfirmWarning(ctx.actor, await stateOfReport(ctx.db, input.reportId)),
  async run(ctx, input) {
    const { report, versions } = await lockReport(ctx.db, input.reportId);
    const version =
      versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'submitted');
    const warnings = version ? await warningsOf(ctx.db, report, version.content) : [];
    const warning = warnings.find((w) => w.key === input.warningKey);
    if (!version || !warning) throw new ValidationError({ warningKey: ['reports:errors.noSuchWarning'] });
    if (warning.confirmation)
      return { result: { reportId: report.id, warningKey: warning.key, already: true }, audit: [] };
    await ctx.db.insert(reportWarningConfirmations).values({
      reportId: report.id,
      warningKey: warning.key,
      note: input.note ?? null,
      confirmedBy: ctx.actor.id,
      confirmedAt: ctx.now,
    });
    return outcomeOn(
      { type: 'report', id: report.id, stateIso3: report.stateIso3 },
      { reportId: report.id, warningKey: warning.key, already: false },
      { after: { warningConfirmed: warning.key, version: version.number, note: input.note ?? null } },
    );
  },
});
