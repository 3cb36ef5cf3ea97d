import type { ServiceContext } from '../../kernel/context.js';
import { createReport } from './create-report.js';
import type { CreateReportInput, SaveFormInput, SubmitReportInput } from './inputs.js';
import { saveForm } from './save-form.js';
import { submitReport } from './submit-report.js';

/** A form of a report keyed in whole: its code, the State's status for it and its values. */
export type KeyedForm = Pick<SaveFormInput, 'form' | 'status' | 'values'>;

/**
 * A whole report keyed in at once: created, each form saved in turn on the draft the last save
 * left, then submitted as `received` says (a channel and the day it arrived; `{}` for online,
 * today), or left a draft when `received` is null. Each step is this module's own verb, with its
 * permission, check and audit, so nothing is written that keying the forms in one by one would
 * refuse. The demonstration loader and the tests' reports are made this way.
 */
export async function keyInReport(
  ctx: ServiceContext,
  report: CreateReportInput,
  forms: readonly KeyedForm[],
  received: Pick<SubmitReportInput, 'channel' | 'receivedOn'> | null,
): Promise<{ reportId: number; versionId: number }> {
  const created = await createReport(ctx, report);
  const ref = { reportId: created.reportId, versionId: created.versionId };
  let lockVersion = 0;
  for (const form of forms) ({ lockVersion } = await saveForm(ctx, { ...ref, lockVersion, ...form }));
  if (received) await submitReport(ctx, { ...ref, lockVersion, ...received });
  return ref;
}
