import { z } from 'zod';
import { ConflictError } from './errors.js';

/**
 * Optimistic version check for an editable row (the same idea as a report draft's lock version):
 * the edit form carries the `version` it was read at as a hidden field; the verb locks the row
 * inside its transaction, refuses a save made from an older version and writes `version + 1`.
 * Every write to the row bumps it, so a save never silently undoes another person's change.
 */

/** The hidden `version` field of an edit form, as the verb's input. */
export const recordVersion = z.preprocess(
  // A blank or missing field is no version (never 0, which would pass for the first one).
  (v) => (v === '' || v === null ? undefined : v),
  z.coerce
    .number({ message: 'errors:recordVersion' })
    .int('errors:recordVersion')
    .min(0, 'errors:recordVersion')
    .max(2_147_483_647, 'errors:recordVersion'),
);

/** Someone else saved the row since the form was read. Carries the row as it now stands. */
export class StaleRecordError<R = Record<string, unknown>> extends ConflictError {
  constructor(
    readonly current: R,
    readonly currentVersion: number,
  ) {
    super('RECORD.STALE', 'errors:staleRecord', { currentVersion });
  }
}

/**
 * On the locked row: the version to write, or a StaleRecordError when the form was read at another
 * version. Without an expected version (a one-click action that shows no values) it only bumps.
 */
export function nextVersion<R extends { version: number }>(locked: R, expected?: number): number {
  if (expected !== undefined && locked.version !== expected)
    throw new StaleRecordError(locked, locked.version);
  return locked.version + 1;
}

/**
 * The fields whose stored value differs from what the person typed: the "what changed" of a stale
 * save, so the form can name them beside the values kept. Both sides as the form shows them.
 */
export function fieldsThatDiffer(
  stored: Readonly<Record<string, string | undefined>>,
  typed: Readonly<Record<string, string | undefined>>,
  fields: readonly string[],
): string[] {
  const norm = (v: string | undefined) => (v ?? '').trim();
  return fields.filter((f) => norm(stored[f]) !== norm(typed[f]));
}
