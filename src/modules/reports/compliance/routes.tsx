import { z } from 'zod';
import { listAuditEntries } from '../../../kernel/audit/queries.js';
import { serveDownloads } from '../../../kernel/downloads.js';
import { AppError } from '../../../kernel/errors.js';
import { readForm, redirectToOutcome } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { isLocale, translator } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { renderPage } from '../../../kernel/page.js';
import { render } from '../../../kernel/views/render.js';
import { exportColumns } from '../../../kernel/views/table.js';
import { createMailer, deliverQueued, lastSentByState } from '../../outbox/index.js';
import { canSetWorkingLanguage } from '../../states/index.js';
import { canReviewWarnings } from '../policy.js';
import { reminderText, renderReminderDocx } from './letters.js';
import { canSendReminder } from './policy.js';
import { complianceForYear, getReminderSubject, listReminders, REMINDER_PURPOSE } from './queries.js';
import { defaultReportingYear, reminderKinds, reportingYears } from './rules.js';
import { REMINDER_BATCH, type ReminderBatchOutcome, sendLateReminders } from './send-late-reminders.js';
import { alreadyReceived, notOwed, sendReminder } from './send-reminder.js';
import { CompliancePage, complianceTable } from './views/compliance-page.js';
import { LetterTextPage } from './views/letter-text.js';

// Hono reads `{…}` as the end of a pattern, so no `{3}` quantifiers inside.
const ISO3 = '[A-Za-z][A-Za-z][A-Za-z]';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How many reminders the page lists. */
const LOG_SHOWN = 50;

export function complianceRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);
  const mailer = createMailer(deps.config.SMTP_URL, deps.config.MAIL_FROM);

  const requireSender = (c: AppContext) => requireThat(c, canSendReminder(c.get('actor')));

  /** A year outside the reporting years (or not a year) falls back to the default: a stale bookmark still works. */
  const yearOf = (raw: string | undefined): number => {
    const d = today();
    const year = Number(raw);
    return reportingYears(d).includes(year) ? year : defaultReportingYear(d);
  };

  app.get('/reports/compliance', async (c) => {
    const d = today();
    const canAct = canSendReminder(c.get('actor'));
    const batchId = canAct ? c.req.query('batch') : undefined;
    const [data, log, lastReminder, batch] = await Promise.all([
      complianceForYear(db, yearOf(c.req.query('year')), d, c.get('locale')),
      canAct ? listReminders(db, { limit: LOG_SHOWN }) : Promise.resolve([]),
      // Each State's latest reminder, from the outbox: one grouped read.
      canAct ? lastSentByState(db, REMINDER_PURPOSE) : Promise.resolve(new Map<string, Date>()),
      // After a bulk reminder: its outcome, read back from its audit entry.
      batchId && /^[0-9a-f-]{36}$/.test(batchId)
        ? listAuditEntries(db, { subjectType: REMINDER_BATCH, subjectId: batchId, limit: 1 })
        : Promise.resolve([]),
    ]);
    return renderPage(c, 'compliance:title', CompliancePage, {
      data,
      years: reportingYears(d),
      canAct,
      canChangeLanguage: canSetWorkingLanguage(c.get('actor')),
      reminders: log,
      lastReminder,
      batch: (batch[0]?.after as ReminderBatchOutcome | undefined) ?? null,
      reviewsWarnings: canReviewWarnings(c.get('actor')),
    });
  });

  serveDownloads(app, '/reports/compliance', async (c) => {
    const data = await complianceForYear(db, yearOf(c.req.query('year')), today(), c.get('locale'));
    return {
      filename: `article7-compliance-${data.year}-${data.today}`,
      sheetName: c.get('t')('compliance:export.sheet', { year: data.year }),
      columns: exportColumns(complianceTable(c.get('t'), c.get('locale'))),
      rows: data.rows,
    };
  });

  const LetterQuery = z.object({
    kind: z.enum(reminderKinds).catch('annual'),
    year: z.string().optional(),
    // The letter's language; `lang` would also switch the page around it (app.ts reads it).
    language: z.string().optional(),
  });

  /** The reminder a letter address names, in the language asked for (else the reader's). */
  const letterFor = async (c: AppContext, iso3: string) => {
    const q = LetterQuery.parse(c.req.query());
    const lang = isLocale(q.language) ? q.language : c.get('locale');
    const d = today();
    const subject = await getReminderSubject(
      db,
      { iso3, year: yearOf(q.year), kind: q.kind },
      d,
      c.get('locale'),
    );
    // The same refusals as the verb: no letter chases a report received or not owed (the subject is
    // named in the reader's language already).
    if (subject.received) throw alreadyReceived(subject.iso3, subject.name);
    if (!subject.owed) throw notOwed(subject.iso3, subject.name);
    const input = {
      t: translator(lang),
      locale: lang,
      iso3: subject.iso3,
      stateName: subject.name,
      year: subject.year,
      kind: subject.kind,
      dueDate: subject.due,
      today: d,
      baseUrl: deps.config.baseUrl,
    };
    return { subject, lang, input };
  };

  app.get(`/reports/compliance/letters/:file{${ISO3}\\.docx}`, async (c) => {
    requireSender(c);
    const iso3 = c.req.param('file').slice(0, 3).toUpperCase();
    const { subject, lang, input } = await letterFor(c, iso3);
    const docx = await renderReminderDocx(input);
    const name =
      subject.kind === 'initial'
        ? `reminder-${iso3}-initial-${lang}`
        : `reminder-${iso3}-${subject.year}-${lang}`;
    return c.body(new Uint8Array(docx), 200, {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="${name}.docx"`,
      'Cache-Control': 'no-store',
    });
  });

  app.get(`/reports/compliance/letters/:iso3{${ISO3}}`, async (c) => {
    requireSender(c);
    const { subject, lang, input } = await letterFor(c, c.req.param('iso3').toUpperCase());
    const text = reminderText(input);
    const t = c.get('t');
    return render(
      c,
      t('compliance:text.title', { state: subject.name }),
      <LetterTextPage
        t={t}
        iso3={subject.iso3}
        stateName={subject.name}
        year={subject.year}
        kind={subject.kind}
        lang={lang}
        subject={text.subject}
        body={text.body}
      />,
    );
  });

  app.post('/reports/compliance/reminders', async (c) => {
    requireSender(c);
    const form = await readForm(c);
    const year = yearOf(form.year);
    const back = `/reports/compliance?year=${year}`;
    let outcome: Awaited<ReturnType<typeof sendReminder>>;
    try {
      outcome = await sendReminder(ctxOf(c), {
        iso3: form.iso3,
        year: form.year,
        kind: form.kind,
        locale: form.locale,
        // The link in the message points at this platform, whatever the form says.
        baseUrl: deps.config.baseUrl,
      });
    } catch (err) {
      // Someone else's reminder or the report itself may have arrived meanwhile: say so on the table.
      if (!(err instanceof AppError) || err.status !== 409) throw err;
      return redirectToOutcome(
        c,
        { kind: 'error', key: err.messageKey, params: namedParams(c, err.params) },
        back,
      );
    }
    if (outcome.queued > 0) {
      // After the commit: a slow or failing mail server never undoes the reminder, and is recorded per message.
      await deliverQueued(db, mailer).catch((e: unknown) => console.error('reminder delivery failed', e));
    }
    // The outcome names the State: it is shown where the person lands (#outcome), not at the row.
    return redirectToOutcome(
      c,
      outcome.queued > 0
        ? {
            kind: 'success',
            key: 'compliance:flash.queued',
            params: { count: outcome.queued, state: stateName(c.get('locale'), outcome.iso3, outcome.state) },
          }
        : {
            kind: 'error',
            key: 'compliance:flash.noFocalPoint',
            params: { state: stateName(c.get('locale'), outcome.iso3, outcome.state) },
          },
      back,
    );
  });

  // One action for every State late for the year, each in its own language; the outcome is shown
  // at the top of the page the redirect leads to.
  app.post('/reports/compliance/reminders/late', async (c) => {
    requireSender(c);
    const form = await readForm(c);
    const year = yearOf(form.year);
    const { batchId, outcome } = await sendLateReminders(ctxOf(c), { year, baseUrl: deps.config.baseUrl });
    if (outcome.queued > 0)
      await deliverQueued(db, mailer, Math.max(50, outcome.queued)).catch((e: unknown) =>
        console.error('reminder delivery failed', e),
      );
    return c.redirect(`/reports/compliance?year=${year}&batch=${batchId}#outcome`, 303);
  });

  return app;
}

const stringParams = (p: Record<string, unknown>): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(p).filter((e): e is [string, string | number] =>
      ['string', 'number'].includes(typeof e[1]),
    ),
  );

/** A refusal's parameters with the State (`iso3`) named in the reader's language. */
const namedParams = (c: AppContext, p: Record<string, unknown>): Record<string, string | number> => {
  const params = stringParams(p);
  return typeof p.iso3 === 'string'
    ? { ...params, state: stateName(c.get('locale'), p.iso3, String(params.state ?? p.iso3)) }
    : params;
};
