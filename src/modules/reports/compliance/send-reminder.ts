import { isoDay } from '../../../kernel/clock.js';
import { ConflictError } from '../../../kernel/errors.js';
import { translator } from '../../../kernel/i18n/index.js';
import { defineVerb } from '../../../kernel/verb.js';
import { listUsers } from '../../accounts/index.js';
import { enqueueMail } from '../../outbox/index.js';
import { SendReminderInput } from './inputs.js';
import { reminderText } from './letters.js';
import { canSendReminder } from './policy.js';
import { getReminderSubject, REMINDER_PURPOSE } from './queries.js';

/**
 * The refusals carry the State's ISO-3 code beside its name (`state`, the fallback): whoever shows
 * the message names the State in the reader's language (`stateName(locale, iso3, state)`).
 */
export const notOwed = (iso3: string, state: string) =>
  new ConflictError('COMPLIANCE.NOT_OWED', 'compliance:errors.notOwed', { iso3, state });
export const alreadyReceived = (iso3: string, state: string) =>
  new ConflictError('COMPLIANCE.ALREADY_RECEIVED', 'compliance:errors.alreadyReceived', { iso3, state });

/**
 * Reminds a State of a report it owes: one e-mail, in the chosen language, to each of its
 * registered focal points, queued in this transaction so the messages exist exactly when the
 * reminder is recorded. With no focal point registered nothing is queued and `queued` is 0: the
 * caller offers the letter instead. A report already received, or not owed, is refused, so a State
 * is never chased for what it has done or does not have to do.
 */
export const sendReminder = defineVerb({
  name: 'compliance.sendReminder',
  input: SendReminderInput,
  allow: canSendReminder,
  async run(ctx, input) {
    const today = isoDay(ctx.now);
    const subject = await getReminderSubject(ctx.db, input, today);
    if (subject.received) throw alreadyReceived(subject.iso3, subject.name);
    if (!subject.owed) throw notOwed(subject.iso3, subject.name);

    const focalPoints = (await listUsers(ctx.db)).filter(
      (u) => u.role === 'focal_point' && u.stateIso3 === subject.iso3,
    );
    const text = reminderText({
      t: translator(input.locale),
      locale: input.locale,
      iso3: subject.iso3,
      stateName: subject.name,
      year: input.year,
      kind: input.kind,
      dueDate: subject.due,
      today,
      baseUrl: input.baseUrl,
    });
    const messageIds: number[] = [];
    for (const fp of focalPoints) {
      messageIds.push(
        await enqueueMail(ctx, {
          purpose: REMINDER_PURPOSE,
          toAddress: fp.email,
          toName: fp.name,
          toUserId: fp.id,
          link: `/states/${subject.iso3}/reports`,
          subject: text.subject,
          body: text.body,
          locale: input.locale,
          stateIso3: subject.iso3,
        }),
      );
    }

    return {
      result: {
        queued: messageIds.length,
        messageIds,
        iso3: subject.iso3,
        state: subject.name,
        recipients: focalPoints.map((fp) => ({ name: fp.name, email: fp.email })),
      },
      // Nothing queued is nothing changed: the audit records reminders that went out.
      audit: messageIds.length
        ? [
            {
              subjectType: 'report_reminder',
              subjectId:
                input.kind === 'initial' ? `${subject.iso3}:initial` : `${subject.iso3}:${input.year}`,
              stateIso3: subject.iso3,
              after: {
                kind: input.kind,
                year: input.kind === 'annual' ? input.year : null,
                due: subject.due,
                locale: input.locale,
                messageIds,
                recipients: focalPoints.map((fp) => fp.email),
              },
            },
          ]
        : [],
    };
  },
});
