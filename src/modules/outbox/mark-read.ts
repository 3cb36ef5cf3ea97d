import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { rowId } from '../../kernel/ids.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb } from '../../kernel/verb.js';
import { messageChange } from './message-change.js';
import { canUseInbox, canUseInboxOf } from './policy.js';
import { outboxMessages } from './schema.js';

export const MarkReadInput = z.object({
  id: rowId,
  /** False marks it unread again. */
  read: z.preprocess((v) => v !== false && v !== 'false' && v !== '0', z.boolean()).default(true),
});

/** The message marked, locked until the transaction ends, or a NotFoundError. */
const lockMessage = (db: Executor, id: number) =>
  lockRowOrNotFound(db, outboxMessages, outboxMessages.id, id, 'outbox_message');

/**
 * The recipient marks a message in its inbox read (or unread again). Only the account the message
 * was written to may: anyone else's attempt is refused as if the message did not exist for them
 * (a 404 would tell them nothing either way; a 403 is what the permission table answers).
 */
export const markMessageRead = defineVerb({
  name: 'outbox.markRead',
  input: MarkReadInput,
  allow: canUseInbox,
  async permit(ctx, input) {
    const m = await lockMessage(ctx.db, input.id);
    return m.toUserId !== null && canUseInboxOf(ctx.actor, m.toUserId);
  },
  async run(ctx, input) {
    const before = await lockMessage(ctx.db, input.id);
    const readAt = input.read ? (before.readAt ?? ctx.now) : null;
    // Already as asked: nothing changes, nothing is audited.
    if ((before.readAt === null) === (readAt === null)) return { result: null, audit: [] };
    await ctx.db.update(outboxMessages).set({ readAt }).where(eq(outboxMessages.id, input.id));
    return {
      result: null,
      audit: [messageChange(input.id, before.stateIso3, { readAt: before.readAt }, { readAt })],
    };
  },
});
