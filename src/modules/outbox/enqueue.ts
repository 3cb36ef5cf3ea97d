import type { TxContext } from '../../kernel/context.js';
import { outboxMessages } from './schema.js';

export interface OutgoingMail {
  purpose: string;
  toAddress: string;
  toName?: string | null;
  subject: string;
  body: string;
  locale: string;
  stateIso3?: string | null;
}

/**
 * Called by a verb inside its own transaction: the message exists exactly when the write that
 * caused it commits, and that verb's audit entry covers it.
 */
export async function enqueueMail(ctx: TxContext, mail: OutgoingMail): Promise<number> {
  const [row] = await ctx.db
    .insert(outboxMessages)
    .values({
      createdAt: ctx.now,
      purpose: mail.purpose,
      toAddress: mail.toAddress,
      toName: mail.toName ?? null,
      subject: mail.subject,
      body: mail.body,
      locale: mail.locale,
      stateIso3: mail.stateIso3 ?? null,
      status: 'queued',
      createdBy: ctx.actor.id,
    })
    .returning({ id: outboxMessages.id });
  return row!.id;
}
