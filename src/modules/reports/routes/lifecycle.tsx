import type { Hono } from 'hono';
import { ValidationError } from '../../../kernel/errors.js';
import { readForm, redirectToOutcome } from '../../../kernel/forms.js';
import { type AppEnv, requireThat } from '../../../kernel/http.js';
import { amendReport } from '../amend-report.js';
import { canRecallReport, canRecordChannel, canWriteReport } from '../policy.js';
import { recallReport } from '../recall-report.js';
import { submitReport } from '../submit-report.js';
import { REPORT, type ReportsKit } from './kit.js';

/** The lifecycle buttons of the overview: submit, amend, recall. */
export function lifecycleRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { ctxOf, reportOf, conflictMessage, overviewPage } = kit;

  app.post(`${REPORT}/submit`, async (c) => {
    const actor = c.get('actor');
    const report = await reportOf(c);
    requireThat(c, canWriteReport(actor, report.stateIso3));
    const posted = await readForm(c);
    // Only the ISU says how a report arrived; a focal point's submission is online, today.
    const values: Record<string, string> = canRecordChannel(actor)
      ? { channel: posted.channel ?? '', receivedOn: posted.receivedOn ?? '' }
      : {};
    try {
      await submitReport(ctxOf(c), {
        reportId: report.id,
        versionId: posted.versionId ?? '',
        lockVersion: posted.lockVersion ?? '',
        ...values,
      });
    } catch (err) {
      if (err instanceof ValidationError)
        return overviewPage(
          c,
          { values, errors: err.fieldErrors, notice: c.get('t')('errors:invalidInput') },
          422,
        );
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { values, notice }, 409);
      throw err;
    }
    const number = report.versions.find((v) => String(v.id) === posted.versionId)?.number ?? '';
    return redirectToOutcome(
      c,
      { kind: 'success', key: 'reports:flash.submitted', params: { number } },
      `/reports/${report.id}`,
    );
  });

  app.post(`${REPORT}/amend`, async (c) => {
    const report = await reportOf(c);
    requireThat(c, canWriteReport(c.get('actor'), report.stateIso3));
    try {
      const { number } = await amendReport(ctxOf(c), { reportId: report.id });
      return redirectToOutcome(
        c,
        { kind: 'success', key: 'reports:flash.amended', params: { number } },
        `/reports/${report.id}`,
      );
    } catch (err) {
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { notice }, 409);
      throw err;
    }
  });

  app.post(`${REPORT}/recall`, async (c) => {
    requireThat(c, canRecallReport(c.get('actor')));
    const report = await reportOf(c);
    const posted = await readForm(c);
    const values = { reason: posted.reason ?? '' };
    try {
      await recallReport(ctxOf(c), { reportId: report.id, ...values });
    } catch (err) {
      if (err instanceof ValidationError) return overviewPage(c, { values, errors: err.fieldErrors }, 422);
      const notice = conflictMessage(c, err);
      if (notice) return overviewPage(c, { values, notice }, 409);
      throw err;
    }
    return redirectToOutcome(c, { kind: 'success', key: 'reports:flash.recalled' }, `/reports/${report.id}`);
  });
}
