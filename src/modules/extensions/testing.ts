// Test helpers of the extensions module, for its tests and other modules' (not imported by application code).

import { makeUser } from '../../../test/app.js';
import type { Db } from '../../db/client.js';
import { seedCalendar } from '../calendar/index.js';
import { clearanceReport } from '../risk/testing.js';

export * as extensionsPolicy from './policy.js';

/** The day of the tests: before Lebanon's deadline (1 May 2026), after the 13MSP's submission day (16 Dec 2024). */
export const EXT_NOW = new Date('2025-01-15T12:00:00Z');

/**
 * The calendar, and Lebanon's reports for 2022–2024. `pace` slow: 100,000 m² cleared a year against
 * 1.3 million remaining (thirteen years); fast: 200,000 a year against 200,000 remaining (done before
 * the deadline, so any year asked is more than strictly necessary).
 */
export async function lebanonScenario(db: Db, pace: 'slow' | 'fast' = 'slow') {
  const isu = await makeUser(db, { role: 'isu' });
  await seedCalendar(db);
  const rows =
    pace === 'slow'
      ? ([
          [2022, 1_500_000, 100_000],
          [2023, 1_400_000, 100_000],
          [2024, 1_300_000, 100_000],
        ] as const)
      : ([
          [2022, 600_000, 200_000],
          [2023, 400_000, 200_000],
          [2024, 200_000, 200_000],
        ] as const);
  for (const [year, remaining, cleared] of rows)
    await clearanceReport(db, isu, 'LBN', year, remaining, cleared);
  return { isu };
}
