import type { ServiceContext } from '../src/kernel/context.js';
import { createReport, saveForm, submitReport } from '../src/modules/reports/index.js';

/**
 * A State's report for a year through the verbs the pages use: a draft with Form F filled in with
 * `values`, submitted when `submit` says so.
 */
export async function reportWithFormF(
  ctx: ServiceContext,
  of: { iso3: string; year: number },
  values: Record<string, unknown>,
  opts: { submit?: boolean } = {},
) {
  const { reportId, versionId } = await createReport(ctx, of);
  const saved = await saveForm(ctx, {
    reportId,
    versionId,
    lockVersion: 0,
    form: 'F',
    status: 'changed',
    values,
  });
  if (opts.submit) await submitReport(ctx, { reportId, versionId, lockVersion: saved.lockVersion });
  return { reportId, versionId };
}
