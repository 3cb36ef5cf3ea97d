import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { cachedUntilWrite } from '../../../kernel/data-version.js';
import { compareText, partyName } from '../../../kernel/i18n/state-names.js';
import {
  listStandingSubmissions,
  reportFacts,
  reportRowHref,
  type StandingSubmission,
} from '../../reports/index.js';
import { listStateNames } from '../../states/index.js';
import { deriveLedger, type LedgerEntry } from '../derive.js';
import { assistanceEntries } from '../schema.js';
import { isDemoText } from '../shared/demo-mark.js';
import { PartyResolver } from '../shared/parties.js';
import {
  type Area,
  type AssistanceType,
  areas,
  assistanceTypes,
  countedStatuses,
  type LedgerStatus,
} from '../shared/vocabulary.js';
import { loadRates, type RateTable, toUsd } from './rates.js';
import type { LedgerFilter, LedgerRow } from './types.js';

/**
 * The ledger: every flow of assistance, read from the standing reports (Form I rows, computed
 * here, never copied) and from the stored entries (IATI, ISU, confirmed deliveries), in US dollars
 * where a rate exists. See docs/decisions/010-ledger-report-rows.md for how report rows are read.
 */

type StoredEntry = typeof assistanceEntries.$inferSelect;

const asArea = (v: string | null): Area | null => (areas.includes(v as Area) ? (v as Area) : null);
const asType = (v: string | null): AssistanceType | null =>
  assistanceTypes.includes(v as AssistanceType) ? (v as AssistanceType) : null;

/** The page behind a ledger row: the report form it was read from, or the stored entry. */
export const sourceHref = (r: LedgerRow) =>
  r.source ? reportRowHref(r.source) : `/cooperation/ledger/entries/${r.entryId}`;

/** Committed or disbursed, and not an entry still waiting for (or refused at) review. */
export const isCounted = (status: LedgerStatus, review: LedgerRow['review']) =>
  countedStatuses.includes(status) && review !== 'proposed' && review !== 'rejected';

/**
 * A Form I row's flow, whichever report states it: the reporting State, the side, the other party
 * as written, and what flowed when. Two reports of one State that state it are stating one flow.
 */
const flowIdentity = (r: StandingSubmission, e: LedgerEntry, year: number) =>
  JSON.stringify([
    r.stateIso3,
    e.side,
    (e.counterpart ?? '').toLocaleLowerCase('en'),
    e.area,
    e.type,
    e.amount,
    e.currency,
    (e.channel ?? '').toLocaleLowerCase('en'),
    year,
  ]);

/**
 * Pure: the Form I rows of some standing reports, each flow once. A report is pre-filled from the
 * State's previous one, so its rows may repeat flows already reported: an "unchanged" Form I of year
 * N+1 repeats year N's rows (flows of year N, whatever year the new report covers), and a changed
 * form may keep a row that names its year. Such a repeat is the same flow: it is read from the
 * report that first stated it. Per State, in year order; a row stated k times in one report counts
 * k times, so two equal grants in one report stay two flows.
 */
export function formIFlows(
  reports: readonly StandingSubmission[],
): Array<{ report: StandingSubmission; entry: LedgerEntry }> {
  const byState = new Map<string, StandingSubmission[]>();
  for (const r of reports) byState.set(r.stateIso3, [...(byState.get(r.stateIso3) ?? []), r]);
  const out: Array<{ report: StandingSubmission; entry: LedgerEntry }> = [];
  for (const list of byState.values()) {
    list.sort((a, b) => a.year - b.year);
    const stated = new Map<string, number>();
    let previous: StandingSubmission | undefined;
    for (const r of list) {
      // Read through the reports module's adapter: the form holding the State's assistance.
      const repeatsPrevious =
        reportFacts(r.content).formStatus.assistanceProvided === 'unchanged' && previous !== undefined;
      const here = new Map<string, number>();
      const entries = deriveLedger(r);
      for (const e of entries) {
        // An unchanged form's row without a year is a flow of the year it was first reported in.
        const year = repeatsPrevious && !e.yearStated ? (previous?.year ?? e.year) : e.year;
        const id = flowIdentity(r, e, year);
        const n = (here.get(id) ?? 0) + 1;
        here.set(id, n);
        if (n > (stated.get(id) ?? 0)) out.push({ report: r, entry: { ...e, year } });
      }
      for (const [id, n] of here) stated.set(id, Math.max(n, stated.get(id) ?? 0));
      if (entries.length > 0) previous = r;
    }
  }
  return out;
}

/** Pure: the ledger rows of some standing reports. A report states what was provided or received. */
export function reportRows(
  reports: readonly StandingSubmission[],
  names: ReadonlyMap<string, string>,
  rates: RateTable,
): LedgerRow[] {
  const resolver = new PartyResolver([...names].map(([iso3, name]) => ({ iso3, name })));
  const out: LedgerRow[] = [];
  for (const { report: r, entry: e } of formIFlows(reports)) {
    const counterpartIso3 = resolver.resolve(e.counterpart);
    const counterpartName = counterpartIso3
      ? (names.get(counterpartIso3) ?? counterpartIso3)
      : (e.counterpart ?? '');
    const ownName = names.get(r.stateIso3) ?? r.stateIso3;
    const donor = e.side === 'provider';
    const status: LedgerStatus = 'disbursed';
    const s = e.source;
    out.push({
      key: `report:${s.reportId}:${s.version}:${s.table}:${s.row}`,
      origin: donor ? 'donor_report' : 'recipient_report',
      providerIso3: donor ? r.stateIso3 : counterpartIso3,
      providerName: donor ? ownName : counterpartName,
      recipientIso3: donor ? counterpartIso3 : r.stateIso3,
      recipientName: donor ? counterpartName : ownName,
      year: e.year,
      area: asArea(e.area),
      type: asType(e.type),
      amount: e.amount,
      currency: e.currency,
      // The ISU's rate when it has one (one rate for every report); else the State's own figure.
      usd: toUsd(rates, e.amount, e.currency, e.year) ?? e.statedUsd,
      status,
      counted: isCounted(status, null),
      channel: e.channel,
      inResponseToRequest: e.inResponseToRequest,
      needId: null,
      source: s,
      entryId: null,
      review: null,
      counterpartText: e.counterpart,
      nonPartyReport: r.kind === 'voluntary',
      demonstration: r.demonstration,
    });
  }
  return out;
}

/** Pure: the ledger row of a stored entry. */
export function entryRow(e: StoredEntry, names: ReadonlyMap<string, string>, rates: RateTable): LedgerRow {
  return {
    key: `entry:${e.id}`,
    origin: e.origin,
    providerIso3: e.providerIso3,
    providerName: e.providerIso3 ? (names.get(e.providerIso3) ?? e.providerName) : e.providerName,
    recipientIso3: e.recipientIso3,
    recipientName: names.get(e.recipientIso3) ?? e.recipientIso3,
    year: e.year,
    area: e.area,
    type: e.type,
    amount: e.amount,
    currency: e.currency,
    usd: toUsd(rates, e.amount, e.currency, e.year),
    status: e.status,
    counted: isCounted(e.status, e.review),
    channel: e.channel,
    inResponseToRequest: e.inResponseToRequest,
    needId: e.needId,
    source: null,
    entryId: e.id,
    review: e.review,
    nonPartyReport: false,
    demonstration: isDemoText(e.note),
  };
}

/** Pure: the rows a filter keeps. */
export function filterLedger(rows: readonly LedgerRow[], filter: LedgerFilter = {}): LedgerRow[] {
  return rows.filter(
    (r) =>
      (filter.includeUnreviewed || (r.review !== 'proposed' && r.review !== 'rejected')) &&
      (filter.year === undefined || r.year === filter.year) &&
      (filter.stateIso3 === undefined ||
        r.providerIso3 === filter.stateIso3 ||
        r.recipientIso3 === filter.stateIso3) &&
      (filter.providerIso3 === undefined || r.providerIso3 === filter.providerIso3) &&
      (filter.recipientIso3 === undefined || r.recipientIso3 === filter.recipientIso3) &&
      (filter.area === undefined || r.area === filter.area) &&
      (filter.origin === undefined || r.origin === filter.origin),
  );
}

/** Newest year first, then by provider and recipient as named in the reader's language, then by key. */
function byYearThenNames(locale: string): (a: LedgerRow, b: LedgerRow) => number {
  const compare = compareText(locale);
  return (a, b) =>
    b.year - a.year ||
    compare(
      partyName(locale, a.providerIso3, a.providerName),
      partyName(locale, b.providerIso3, b.providerName),
    ) ||
    compare(
      partyName(locale, a.recipientIso3, a.recipientName),
      partyName(locale, b.recipientIso3, b.recipientName),
    ) ||
    a.key.localeCompare(b.key, 'en');
}

/** Every ledger row, proposed and rejected entries included; shared by every page until the next write. */
function allRows(db: Executor): Promise<LedgerRow[]> {
  return cachedUntilWrite(db, 'cooperation.ledger.all', async () => {
    const [reports, nameList, rates, entries] = await Promise.all([
      listStandingSubmissions(db),
      listStateNames(db),
      loadRates(db),
      db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id)),
    ]);
    const names = new Map(nameList.map((n) => [n.iso3, n.name]));
    return [...reportRows(reports, names, rates), ...entries.map((e) => entryRow(e, names, rates))].sort(
      byYearThenNames('en'),
    );
  });
}

/**
 * The ledger rows a filter asks for, newest year first, then by provider and recipient as named in
 * `locale` (English when not given). Proposed and rejected entries only with `includeUnreviewed`.
 * The rows are shared between callers: treat them as read-only (the list is the caller's own).
 */
export async function loadLedger(
  db: Executor,
  filter: LedgerFilter = {},
  locale?: string,
): Promise<LedgerRow[]> {
  const rows = filterLedger(await allRows(db), filter);
  return locale === undefined ? rows : rows.sort(byYearThenNames(locale));
}

/** The years that have any ledger row, newest first (for the pages' year choice). */
export async function ledgerYears(db: Executor): Promise<number[]> {
  return [...new Set((await allRows(db)).map((r) => r.year))].sort((a, b) => b - a);
}
