import { and, desc, eq, sql } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { progressReportVersions, type ReportVersionStatus } from '../schema.js';
import { liveContent } from './content.js';
import { IssueVersionInput } from './inputs.js';
import { canIssueVersion } from './policy.js';
import { meetingWithWindow, refuseWhenFinal } from './write.js';

/**
 * Freezes the report as it stands now — every figure and every paragraph — as the next numbered
 * version of the meeting's report, circulated or final. After a final version nothing changes.
 */
async function issue(ctx: TxContext, input: IssueVersionInput, status: ReportVersionStatus) {
  const meeting = await meetingWithWindow(ctx, input.meeting);
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`progress-versions:${meeting}`}))`);
  await refuseWhenFinal(ctx, meeting);
  const v = progressReportVersions;
  const [last] = await ctx.db
    .select({ number: v.number })
    .from(v)
    .where(and(eq(v.meetingCode, meeting)))
    .orderBy(desc(v.number))
    .limit(1);
  const content = await liveContent(ctx.db, meeting);
  const values = {
    meetingCode: meeting,
    number: (last?.number ?? 0) + 1,
    status,
    content,
    note: input.note,
    issuedById: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    issuedByLabel: ctx.actor.label,
    issuedAt: ctx.now,
  };
  const [row] = await ctx.db.insert(v).values(values).returning({ id: v.id });
  return outcomeOn(
    { type: 'progress_report_version', id: row!.id },
    { id: row!.id, number: values.number },
    { after: { meeting, number: values.number, status, note: values.note } },
  );
}

export const circulateVersion = defineVerb({
  name: 'progress.circulateVersion',
  input: IssueVersionInput,
  allow: canIssueVersion,
  run: (ctx, input) => issue(ctx, input, 'circulated'),
});

export const finaliseVersion = defineVerb({
  name: 'progress.finaliseVersion',
  input: IssueVersionInput,
  allow: canIssueVersion,
  run: (ctx, input) => issue(ctx, input, 'final'),
});
