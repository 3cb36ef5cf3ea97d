import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cachedUntilWrite } from '../../kernel/data-version.js';
import { latestSubmittedYear, listStandingSubmissions } from '../reports/index.js';
import { listStateNames } from '../states/index.js';
import { deriveLedger, deriveNeeds, type Source, type StandingReport } from './derive.js';
import {
  type Measure,
  type PublishedClaim,
  type Role,
  type SummaryArea,
  summaryAreas,
} from './published-claims.js';
import { assistanceEntries } from './schema.js';

export interface StateEntry {
  iso3: string;
  name: string;
  /** Every report row behind the State's place in the list. */
  sources: Source[];
}

export interface AreaSummary {
  area: SummaryArea;
  providers: StateEntry[];
  recipients: StateEntry[];
  requesters: StateEntry[];
}

export interface NonPartyEntry {
  iso3: string;
  name: string;
  entries: Array<{ role: Role; area: string | null; source: Source }>;
}

export interface CooperationSummary {
  year: number;
  areas: AreaSummary[];
  providersAny: StateEntry[];
  recipientsAny: StateEntry[];
  /** Voluntary reports of States not party that year: shown, never counted among States Parties. */
  nonParties: NonPartyEntry[];
  /** Some report behind it is demonstration data: the page says so. */
  includesDemonstrationData: boolean;
}

/**
 * Collects rows per State, then sorts by the registry's (English) name: the API's order. A page
 * names and sorts each list again in the reader's language (`views/summary.tsx`, `localiseStates`).
 */
class StateLists {
  private readonly byState = new Map<string, Source[]>();
  add(iso3: string, source: Source) {
    const list = this.byState.get(iso3) ?? [];
    list.push(source);
    this.byState.set(iso3, list);
  }
  entries(names: Map<string, string>): StateEntry[] {
    return [...this.byState.entries()]
      .map(([iso3, sources]) => ({ iso3, name: names.get(iso3) ?? iso3, sources }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
}

/** Pure: the summary of some standing reports of one year. */
export function summarise(
  year: number,
  reports: StandingReport[],
  names: Map<string, string>,
): CooperationSummary {
  const lists = new Map<string, StateLists>();
  const list = (key: string) => {
    const l = lists.get(key) ?? new StateLists();
    lists.set(key, l);
    return l;
  };
  const nonParties = new Map<string, NonPartyEntry>();
  const isArea = (a: string | null): a is SummaryArea => summaryAreas.includes(a as SummaryArea);

  for (const r of reports) {
    const tagged: Array<{ role: Role; area: string | null; source: Source }> = [
      ...deriveLedger(r).map((e) => ({
        role: (e.side === 'provider' ? 'providers' : 'recipients') as Role,
        area: e.area,
        source: e.source,
      })),
      ...deriveNeeds(r).map((n) => ({ role: 'requesters' as Role, area: n.area, source: n.source })),
    ];
    if (r.kind === 'voluntary') {
      if (tagged.length > 0)
        nonParties.set(r.stateIso3, {
          iso3: r.stateIso3,
          name: names.get(r.stateIso3) ?? r.stateIso3,
          entries: tagged,
        });
      continue;
    }
    for (const e of tagged) {
      if (isArea(e.area)) list(`${e.area}.${e.role}`).add(r.stateIso3, e.source);
      if (e.role !== 'requesters') list(`${e.role}Any`).add(r.stateIso3, e.source);
    }
  }
  return {
    year,
    areas: summaryAreas.map((area) => ({
      area,
      providers: list(`${area}.providers`).entries(names),
      recipients: list(`${area}.recipients`).entries(names),
      requesters: list(`${area}.requesters`).entries(names),
    })),
    providersAny: list('providersAny').entries(names),
    recipientsAny: list('recipientsAny').entries(names),
    // The API's order (English); the page re-sorts in the reader's language.
    nonParties: [...nonParties.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    includesDemonstrationData: reports.some((r) => r.demonstration === true),
  };
}

/** The States Parties a measure counts in a summary. */
export function statesFor(summary: CooperationSummary, measure: Measure): StateEntry[] {
  if (measure === 'providersAny') return summary.providersAny;
  if (measure === 'recipientsAny') return summary.recipientsAny;
  const [area, role] = measure.split('.') as [SummaryArea, Role];
  return summary.areas.find((a) => a.area === area)?.[role] ?? [];
}

/** Who assisted, was assisted and asked for assistance in a reporting year, from standing reports only. */
export function cooperationSummary(db: Executor, year: number): Promise<CooperationSummary> {
  return cachedUntilWrite(db, `cooperation.summary.${year}`, async () => {
    const [reports, names] = await Promise.all([listStandingSubmissions(db, year), listStateNames(db)]);
    return summarise(year, reports, new Map(names.map((n) => [n.iso3, n.name])));
  });
}

/** The latest reporting year with any standing report, if any: the page's default. */
export function latestReportingYear(db: Executor): Promise<number | undefined> {
  return latestSubmittedYear(db);
}

export interface ClaimCheck {
  claim: PublishedClaim;
  claimed: number;
  named: number;
  computed: number;
  consistent: boolean;
  problem?: 'claimed_exceeds_named' | 'computed_differs';
  /** Named in print but absent from the data, and the reverse. */
  namedNotComputed: string[];
  computedNotNamed: string[];
}

/**
 * Each printed figure against the States it names and against the reports. A figure larger than
 * the list it introduces is reported first: no data can make it right.
 */
export function checkClaims(summary: CooperationSummary, claims: readonly PublishedClaim[]): ClaimCheck[] {
  return claims
    .filter((c) => c.year === summary.year)
    .map((claim) => {
      const computedStates = statesFor(summary, claim.measure).map((s) => s.iso3);
      const named = new Set(claim.namedStates).size;
      const computed = computedStates.length;
      const problem =
        claim.claimed > named
          ? 'claimed_exceeds_named'
          : computed !== claim.claimed
            ? 'computed_differs'
            : undefined;
      return {
        claim,
        claimed: claim.claimed,
        named,
        computed,
        consistent: problem === undefined,
        ...(problem ? { problem } : {}),
        namedNotComputed: claim.namedStates.filter((s) => !computedStates.includes(s)).sort(),
        computedNotNamed: computedStates.filter((s) => !claim.namedStates.includes(s)).sort(),
      };
    });
}

/** How many ledger entries read from files (IATI) wait for their donor's review: the ISU's start page. */
export async function countEntriesToReview(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assistanceEntries)
    .where(eq(assistanceEntries.review, 'proposed'));
  return Number(row?.n ?? 0);
}
