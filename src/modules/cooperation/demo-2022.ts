import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext, withTransaction } from '../../kernel/context.js';
import { findReportFor, type KeyedForm, keyInReport } from '../reports/index.js';

/**
 * Demonstration data: the 2022 reports behind §51–56 of the 11MSP Progress Report (17 July 2023), built
 * through the same verbs a State or the ISU uses. Only who is named where is known; amounts and
 * counterparts are not, so they stay empty rather than invented.
 */

const YEAR = 2022;
export const DEMO_REMARKS =
  'Demonstration data built from the 11MSP Progress Report (17 July 2023), paragraphs 51–56; amounts are not known and left empty.';

type Area = 'art3' | 'art4' | 'risk_education' | 'art5' | 'other';
interface DemoReport {
  provided: Area[];
  received: Area[];
  requested: Area[];
}

// §51, by area.
const provided: Record<string, Area[]> = {};
const received: Record<string, Area[]> = {};
const requested: Record<string, Area[]> = {};
const put = (into: Record<string, Area[]>, area: Area, states: string) => {
  for (const s of states.split(' ')) into[s] = [...(into[s] ?? []), area];
};
put(provided, 'art3', 'AUS CAN IRL ITA');
put(provided, 'art4', 'AUS BEL CAN FRA DEU IRL ITA JPN LIE MCO NLD NZL NOR ESP SWE CHE GBR');
put(provided, 'art5', 'AND AUS BEL DEU IRL ITA JPN LIE MCO NLD SWE CHE');
// §52–55: Montenegro received assistance (§52) but §53–55 name it in no area.
put(received, 'art3', 'BGR PER SVK');
put(received, 'art4', 'AFG BIH TCD IRQ LAO LBN');
put(received, 'art5', 'AFG TCD HRV IRQ LAO LBN');
put(received, 'other', 'MNE');
put(requested, 'art3', 'PER');
put(requested, 'art4', 'AFG BIH TCD IRQ LAO LBN MRT SOM');
put(requested, 'art5', 'AFG BIH TCD IRQ LAO LBN MRT MNE SOM');
// §56: South Sudan, not yet a party, in a voluntary report.
put(received, 'art5', 'SSD');
put(requested, 'art4', 'SSD');
put(requested, 'risk_education', 'SSD');
put(requested, 'art5', 'SSD');

export const demoReports: Map<string, DemoReport> = new Map(
  [...new Set([...Object.keys(provided), ...Object.keys(received), ...Object.keys(requested)])]
    .sort()
    .map((iso3) => [
      iso3,
      { provided: provided[iso3] ?? [], received: received[iso3] ?? [], requested: requested[iso3] ?? [] },
    ]),
);

const blankAssistance = {
  type: null,
  amount: null,
  currency: null,
  channel: null,
  year: YEAR,
  inResponseToRequest: null,
};

/** Idempotent: does nothing once Lebanon has a 2022 report, and never touches a State's existing one. */
export async function ensureDemoCooperation(
  db: Db,
  opts: { now?: Date } = {},
): Promise<{ reportsAdded: number }> {
  if (await findReportFor(db, 'LBN', YEAR)) return { reportsAdded: 0 };
  const base = createContext(db, systemActor('cooperation.demo'), opts.now ? { now: opts.now } : {});
  // One transaction: the demo is there entirely or not at all.
  return withTransaction(base, async (ctx) => {
    let reportsAdded = 0;
    for (const [iso3, d] of demoReports) {
      if (await findReportFor(ctx.db, iso3, YEAR)) continue;
      const forms: KeyedForm[] = [
        {
          form: 'cover',
          status: null,
          values: {
            reportingPeriodFrom: `${YEAR}-01-01`,
            reportingPeriodTo: `${YEAR}-12-31`,
            remarks: DEMO_REMARKS,
          },
        },
        {
          form: 'I',
          status: 'changed',
          values: {
            assistanceProvided: d.provided.map((area) => ({
              recipient: 'not specified',
              area,
              ...blankAssistance,
            })),
            assistanceReceived: d.received.map((area) => ({
              provider: 'not specified',
              area,
              ...blankAssistance,
            })),
          },
        },
      ];
      if (d.requested.length > 0)
        forms.push({
          form: 'J',
          status: 'changed',
          values: {
            needs: d.requested.map((area) => ({
              area,
              type: null,
              description: 'Not specified in the source; see the 11MSP Progress Report.',
              activitiesTimeframe: null,
              estimatedCost: null,
              currency: null,
              nationalContribution: null,
              planReference: null,
            })),
          },
        });
      await keyInReport(
        ctx,
        { iso3, year: YEAR, kind: iso3 === 'SSD' ? 'voluntary' : 'annual', demonstration: true },
        forms,
        // A placeholder the lifecycle requires, not a fact: the Progress Report says only that the
        // reports it analysed were in by 30 June 2023 (§63). Pages show the date as not known.
        { channel: 'other', receivedOn: '2023-06-30' },
      );
      reportsAdded++;
    }
    return { reportsAdded };
  });
}
