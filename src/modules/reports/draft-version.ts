import type { TxContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { reportVersions } from './schema.js';

type DraftStart = Pick<
  typeof reportVersions.$inferInsert,
  'reportId' | 'number' | 'templateId' | 'content' | 'prefilledFromVersionId'
>;

/**
 * Starts a draft version of a report (a new report's first, an amendment, the draft after a recall)
 * with its number, template and content, and the version it was pre-filled from: no edit made yet
 * (lockVersion 0, no form revisions), created by the actor now. Its id; `what` names the draft in
 * the error when the insert returns no row.
 */
export async function insertDraftVersion(ctx: TxContext, draft: DraftStart, what: string): Promise<number> {
  const [created] = await ctx.db
    .insert(reportVersions)
    .values({
      ...draft,
      status: 'draft',
      lockVersion: 0,
      formRevisions: {},
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: reportVersions.id });
  if (!created) throw new NotFoundError('report', what);
  return created.id;
}
