import { z } from 'zod';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { outboxMessages } from './schema.js';

/** A message to queue. The body is stored for delivery but never copied into the audit trail (it may hold a link's secret). */
export const OutgoingMail = z.object({
  purpose: z.string().min(1).max(100),
  toAddress: z.string().trim().min(3).max(320),
  toName: z.string().max(300).nullish(),
  subject: z.string().min(1).max(1000),
  body: z.string().min(1),
  locale: z.string().min(2).max(10),
  stateIso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish(),
  /** The recipient's account, when the message goes to a person with one: it shows in their inbox. */
  toUserId: z.string().min(1).max(200).nullish(),
  /** The page the message is about, as a path on this platform; the inbox links to it. */
  link: z
    .string()
    .max(2000)
    .regex(/^\/(?!\/)/)
    .nullish(),
  /** The body holds a one-time secret (a reset link): the inbox shows only the subject. */
  secret: z.boolean().optional(),
});
export type OutgoingMail = z.input<typeof OutgoingMail>;

/**
 * The one writer of new outbox messages. Composed only: it runs inside the transaction of the verb
 * that causes the message (a reminder, a notification, a reset link), so the message exists exactly
 * when that write commits; that verb's permission covers it. Returns the message's id.
 */
export const enqueueMail = defineVerb({
  name: 'outbox.enqueueMail',
  input: OutgoingMail,
  allow: () => true,
  caller: 'composed',
  async run(ctx, mail) {
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
        toUserId: mail.toUserId ?? null,
        link: mail.link ?? null,
        secret: mail.secret ?? false,
      })
      .returning({ id: outboxMessages.id });
    const id = row!.id;
    return outcomeOn({ type: 'outbox_message', id, stateIso3: mail.stateIso3 ?? null }, id, {
      after: {
        purpose: mail.purpose,
        toAddress: mail.toAddress,
        toUserId: mail.toUserId ?? null,
        subject: mail.subject,
        status: 'queued',
      },
    });
  },
});
