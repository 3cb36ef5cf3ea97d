import { asc, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { defineVerb } from '../../kernel/verb.js';
import { messageChange } from './message-change.js';
import { canRecordDelivery } from './policy.js';
import { outboxMessages } from './schema.js';

export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
}

/** An SMTP transport when SMTP_URL is configured; otherwise none, and mail stays in the outbox. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

const RecordDeliveryInput = z.object({
  id: z.number().int().positive(),
  status: z.enum(['sent', 'failed', 'not_configured']),
  error: z.string().max(2000).nullable(),
});

/** Delivery outcomes are writes too: recorded by the system through a verb, with an audit entry. */
export const recordDelivery = defineVerb({
  name: 'outbox.recordDelivery',
  input: RecordDeliveryInput,
  allow: canRecordDelivery,
  async run(ctx, input) {
    const [before] = await ctx.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.id, input.id))
      .for('update');
    if (!before) return { result: null, audit: [] };
    const next = {
      status: input.status,
      attempts: before.attempts + (input.status === 'not_configured' ? 0 : 1),
      lastError: input.error,
      sentAt: input.status === 'sent' ? ctx.now : before.sentAt,
    };
    await ctx.db.update(outboxMessages).set(next).where(eq(outboxMessages.id, input.id));
    const after = { status: next.status, error: next.lastError };
    return {
      result: null,
      audit: [messageChange(input.id, before.stateIso3, { status: before.status }, after)],
    };
  },
});

/** Sends what is queued. Called after the causing write commits; a failure is recorded, never thrown. */
export async function deliverQueued(db: Db, mailer: Mailer | null, limit = 50): Promise<number> {
  const ctx = createContext(db, systemActor('outbox'));
  const queued = await db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.status, 'queued'))
    .orderBy(asc(outboxMessages.id))
    .limit(limit);
  let sent = 0;
  for (const m of queued) {
    if (!mailer) {
      await recordDelivery(ctx, { id: m.id, status: 'not_configured', error: null });
      continue;
    }
    try {
      await mailer.send({
        to: m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress,
        subject: m.subject,
        text: m.body,
      });
      await recordDelivery(ctx, { id: m.id, status: 'sent', error: null });
      sent++;
    } catch (err) {
      await recordDelivery(ctx, {
        id: m.id,
        status: 'failed',
        error: String((err as Error).message ?? err).slice(0, 2000),
      });
    }
  }
  return sent;
}
