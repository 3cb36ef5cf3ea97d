import type { Executor } from '../../db/client.js';
import { cachedUntilWrite } from '../../kernel/data-version.js';
import { computeProgressReport, type ProgressReportData } from './compute.js';
import { loadSnapshot, windowOf } from './snapshot.js';

/**
 * The Progress Report prepared for a meeting, computed from what the platform knew on the census
 * date of its window. Kept until the next write anywhere: pages, exports and the API read it.
 */
export async function progressReportFor(db: Executor, meeting: string): Promise<ProgressReportData> {
  const window = await windowOf(db, meeting);
  return cachedUntilWrite(db, `progress:${window.meeting}`, async () =>
    computeProgressReport(await loadSnapshot(db, window)),
  );
}
