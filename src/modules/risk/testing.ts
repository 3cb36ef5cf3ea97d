// Test helpers of the risk module, for its tests and other modules' (not imported by application code).

import { makeUser } from '../../../test/app.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { seedCalendar } from '../calendar/index.js';
import { keyInReport } from '../reports/index.js';
import { at } from '../reports/testing.js';

/** A State's report for a year with Form F's remaining area and the areas cleared, submitted by the ISU. */
export async function clearanceReport(
  db: Db,
  isu: Actor,
  iso3: string,
  year: number,
  remaining: number,
  cleared: number,
) {
  const day = `${year + 1}-04-01`;
  await keyInReport(
    at(db, isu, day),
    { iso3, year },
    [
      {
        form: 'F',
        status: 'changed',
        values: {
          contaminatedAreas: [],
          clearedInPeriod: [{ location: 'South', area: cleared }],
          totalRemainingArea: remaining,
        },
      },
    ],
    { channel: 'email', receivedOn: day },
  );
}

/** The calendar, and reports giving Lebanon a steady rate far too slow and Chad a growing remaining area. */
export async function riskScenario(db: Db): Promise<void> {
  const isu = await makeUser(db, { role: 'isu' });
  await seedCalendar(db);
  // Lebanon: 100,000 m² cleared a year against 1.3 million remaining: thirteen years, off track.
  for (const [year, remaining] of [
    [2022, 1_500_000],
    [2023, 1_400_000],
    [2024, 1_300_000],
  ] as const)
    await clearanceReport(db, isu, 'LBN', year, remaining, 100_000);
  // Chad: the remaining area grows while clearance goes on (new areas found).
  await clearanceReport(db, isu, 'TCD', 2023, 1_000_000, 50_000);
  await clearanceReport(db, isu, 'TCD', 2024, 1_200_000, 50_000);
}

/** Before Lebanon's deadline of 1 May 2026, with the 13MSP (16 September 2025) still to come. */
export const RISK_NOW = new Date('2025-01-15T12:00:00Z');
