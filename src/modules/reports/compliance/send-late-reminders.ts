import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isoDay } from '../../../kernel/clock.js';
import type { Locale } from '../../../kernel/i18n/index.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { canSendReminder } from './policy.js';
import { complianceForYear, lateRows } from './queries.js';
import { sendReminder } from './send-reminder.js';

export const SendLateRemindersInput = z.object({
  year: z.coerce.number().int().min(2010).max(2100),
  /** The platform's own address, for the links in the messages: from the configuration, never a form. */
  baseUrl: z.url({ protocol: /^https?$/ }),
});

/** The subject type of a bulk reminder's audit entry: the page reads the outcome back from it. */
export const REMINDER_BATCH = 'report_reminder_batch';

/** What one bulk reminder did, State by State: kept in its audit entry and shown after sending. */
export interface ReminderBatchOutcome {
  year: number;
  queued: number;
  sent: Array<{
    iso3: string;
    state: string;
    locale: Locale;
    /** False when the State's language is not known and English was used. */
    languageKnown: boolean;
    recipients: Array<{ name: string; email: string }>;
  }>;
  /** Late States with no focal point registered: nothing was queued for them; the letter remains. */
  noRecipient: Array<{ iso3: string; state: string }>;
}

/**
 * One action for every State late with its annual report for `year` (past 30 April of the next
 * year, not received): each is sent the reminder, through `sendReminder` in this one transaction,
 * in the State's working language (English when it is not known). A year whose received reports
 * are demonstration data has no `not_yet` rows ("no report recorded here" says the platform cannot
 * tell), so nothing is sent for it in bulk. Returns the batch's id, under which the outcome is kept.
 */
export const sendLateReminders = defineVerb({
  name: 'compliance.sendLateReminders',
  input: SendLateRemindersInput,
  allow: canSendReminder,
  async run(ctx, input) {
    const data = await complianceForYear(ctx.db, input.year, isoDay(ctx.now));
    const outcome: ReminderBatchOutcome = { year: input.year, queued: 0, sent: [], noRecipient: [] };
    for (const row of lateRows(data)) {
      const locale = row.workingLanguage ?? 'en';
      const r = await sendReminder(ctx, {
        iso3: row.iso3,
        year: input.year,
        kind: 'annual',
        locale,
        baseUrl: input.baseUrl,
      });
      if (r.queued === 0) {
        outcome.noRecipient.push({ iso3: row.iso3, state: row.name });
        continue;
      }
      outcome.queued += r.queued;
      outcome.sent.push({
        iso3: row.iso3,
        state: row.name,
        locale,
        languageKnown: row.workingLanguage !== null,
        recipients: r.recipients,
      });
    }
    const batchId = randomUUID();
    return outcomeOn({ type: REMINDER_BATCH, id: batchId }, { batchId, outcome }, { after: outcome });
  },
});
