import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant, serialId } from '../../kernel/columns.js';

/**
 * Every e-mail the platform sends, or would send: the outbox is the record, SMTP only a transport.
 * Without SMTP configured a message stays visible as not sent, so nothing is silently lost.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: serialId(),
    createdAt: instant('created_at').notNull(),
    purpose: text('purpose').notNull(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    locale: text('locale').notNull(),
    stateIso3: text('state_iso3'),
    status: text('status', { enum: ['queued', 'sent', 'failed', 'not_configured'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    createdBy: text('created_by'),
    /** The account the message was written to, when the caller knew it: its inbox shows it (`/inbox`). */
    toUserId: text('to_user_id'),
    /** Where the message leads, a path on this platform (`/cooperation/needs/12`), shown as a link in the inbox. */
    link: text('link'),
    /** The body holds a one-time secret (a reset link): the inbox shows the subject, never the body. */
    secret: boolean('secret').notNull().default(false),
    /** When the recipient marked it read in the app; null while unread. */
    readAt: instant('read_at'),
  },
  (t) => [
    index('outbox_messages_created_idx').on(t.createdAt),
    index('outbox_messages_state_idx').on(t.stateIso3),
    index('outbox_messages_recipient_idx').on(t.toUserId, t.readAt),
  ],
);
