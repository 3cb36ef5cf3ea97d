import type { ServiceContext } from '../src/kernel/context.js';
import { type KeyedForm, keyInReport } from '../src/modules/reports/index.js';

/**
 * A State's report for a year through the verbs the pages use: a draft with Form F filled in with
 * `values`, submitted online today when `submit` says so.
 */
export async function reportWithFormF(
  ctx: ServiceContext,
  of: { iso3: string; year: number },
  values: KeyedForm['values'],
  opts: { submit?: boolean } = {},
) {
  return keyInReport(ctx, of, [{ form: 'F', status: 'changed', values }], opts.submit ? {} : null);
}
