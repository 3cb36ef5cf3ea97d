import { compareText, partyName } from '../../../kernel/i18n/state-names.js';
import { areas, ledgerStatuses } from '../shared/vocabulary.js';
import { countOnce } from './count-once.js';
import type { LedgerRow } from './types.js';

/**
 * Pure: the sums the ledger pages show. Only counted rows (committed or disbursed, not proposed or
 * rejected) make a total; pledges are summed apart; an amount without a rate is never added in,
 * it is counted as "not converted". Every sum counts each flow once (`countOnce`): a flow both
 * the donor and the recipient reported is summed at the donor's figure.
 */

const cents = (n: number) => Math.round(n * 100) / 100;

export interface Sum {
  rows: number;
  /** US dollars of the rows that could be converted. */
  usd: number;
  /** Rows with an amount but no rate (or currency `other`). */
  notConverted: number;
  /** Rows with no amount at all. */
  withoutAmount: number;
}

export const emptySum = (): Sum => ({ rows: 0, usd: 0, notConverted: 0, withoutAmount: 0 });

/**
 * What a sum may claim in dollars: `exact` when every row converted, `atLeast` when some did and
 * others are in a currency without a rate or have no amount, `unknown` when none did. A part that
 * could not be converted is never read as zero.
 */
export function sumKnowledge(sum: Sum): 'exact' | 'atLeast' | 'unknown' {
  const unknown = sum.notConverted + sum.withoutAmount;
  if (unknown === 0) return 'exact';
  return sum.rows > unknown ? 'atLeast' : 'unknown';
}

export function addTo(sum: Sum, r: LedgerRow): Sum {
  sum.rows++;
  if (r.amount === null) sum.withoutAmount++;
  else if (r.usd === null) sum.notConverted++;
  else sum.usd = cents(sum.usd + r.usd);
  return sum;
}

export interface NotConverted {
  currency: string | null;
  year: number;
  amount: number;
  rows: number;
}

export interface LedgerTotals {
  counted: Sum;
  pledged: Sum;
  /** Counted amounts left in their currency, by currency and year (what a rate would convert). */
  notConverted: NotConverted[];
}

export function ledgerTotals(rows: readonly LedgerRow[]): LedgerTotals {
  const counted = emptySum();
  const pledged = emptySum();
  const waiting = new Map<string, NotConverted>();
  for (const r of countOnce(rows)) {
    if (r.counted) {
      addTo(counted, r);
      if (r.amount !== null && r.usd === null) {
        const key = `${r.currency ?? ''}|${r.year}`;
        const w = waiting.get(key) ?? { currency: r.currency, year: r.year, amount: 0, rows: 0 };
        w.amount = cents(w.amount + r.amount);
        w.rows++;
        waiting.set(key, w);
      }
    } else if (r.status === 'pledged' && r.review !== 'proposed' && r.review !== 'rejected')
      addTo(pledged, r);
  }
  const notConverted = [...waiting.values()].sort(
    (a, b) => (a.currency ?? '').localeCompare(b.currency ?? '') || a.year - b.year,
  );
  return { counted, pledged, notConverted };
}

export interface YearSeries {
  years: number[];
  /** The stack's keys in order (areas, or statuses). */
  keys: string[];
  /** year → key → known US dollars (what the chart can draw). */
  usd: Map<number, Map<string, number>>;
  /** year → key → the whole sum, with what could not be converted (what the table says). */
  cells: Map<number, Map<string, Sum>>;
  /** year → sum of every key (rows, not converted, without amount included). */
  sums: Map<number, Sum>;
}

/**
 * US dollars per year, stacked by area (counted rows only) or by status (pledges included, since
 * the stack shows them apart).
 */
export function flowsPerYear(rows: readonly LedgerRow[], by: 'area' | 'status'): YearSeries {
  const keys: string[] = by === 'area' ? [...areas, 'none'] : [...ledgerStatuses];
  const usd = new Map<number, Map<string, number>>();
  const cells = new Map<number, Map<string, Sum>>();
  const sums = new Map<number, Sum>();
  for (const r of countOnce(rows)) {
    if (r.review === 'proposed' || r.review === 'rejected') continue;
    if (by === 'area' && !r.counted) continue;
    const key = by === 'area' ? (r.area ?? 'none') : r.status;
    const y = usd.get(r.year) ?? new Map<string, number>();
    if (r.usd !== null) y.set(key, cents((y.get(key) ?? 0) + r.usd));
    usd.set(r.year, y);
    const c = cells.get(r.year) ?? new Map<string, Sum>();
    c.set(key, addTo(c.get(key) ?? emptySum(), r));
    cells.set(r.year, c);
    sums.set(r.year, addTo(sums.get(r.year) ?? emptySum(), r));
  }
  const years = [...usd.keys()].sort((a, b) => a - b);
  // A key with rows but no dollars keeps its column: the table says what is not known.
  const used = keys.filter((k) => years.some((y) => cells.get(y)?.has(k)));
  return { years, keys: used, usd, cells, sums };
}

export interface Party {
  /** `state:NOR` or `name:<as written>`. */
  key: string;
  iso3: string | null;
  name: string;
}

export interface Matrix {
  donors: Party[];
  recipients: Party[];
  /** `donorKey→recipientKey` → counted sum. */
  cells: Map<string, Sum>;
  /** The largest known cell, for shading. */
  max: number;
}

const partyOf = (iso3: string | null, name: string): Party => ({
  key: iso3 ? `state:${iso3}` : `name:${name.trim()}`,
  iso3,
  name: name.trim() || '—',
});

export const cellKey = (donor: Party, recipient: Party) => `${donor.key}→${recipient.key}`;

/**
 * Who gave to whom: counted rows only, donors and recipients sorted by the dollars they account for,
 * equal sums by their names in `locale` (a State's UN name, an organisation's own).
 */
export function donorRecipientMatrix(rows: readonly LedgerRow[], locale = 'en'): Matrix {
  const cells = new Map<string, Sum>();
  const donorUsd = new Map<string, { party: Party; usd: number }>();
  const recipientUsd = new Map<string, { party: Party; usd: number }>();
  for (const r of countOnce(rows)) {
    if (!r.counted) continue;
    const d = partyOf(r.providerIso3, r.providerName);
    const rc = partyOf(r.recipientIso3, r.recipientName);
    const k = cellKey(d, rc);
    cells.set(k, addTo(cells.get(k) ?? emptySum(), r));
    for (const [map, p] of [
      [donorUsd, d],
      [recipientUsd, rc],
    ] as const) {
      const e = map.get(p.key) ?? { party: p, usd: 0 };
      e.usd += r.usd ?? 0;
      map.set(p.key, e);
    }
  }
  const compare = compareText(locale);
  const nameOf = (p: Party) => partyName(locale, p.iso3, p.name);
  const order = (m: Map<string, { party: Party; usd: number }>) =>
    [...m.values()]
      .sort((a, b) => b.usd - a.usd || compare(nameOf(a.party), nameOf(b.party)))
      .map((e) => e.party);
  return {
    donors: order(donorUsd),
    recipients: order(recipientUsd),
    cells,
    max: Math.max(0, ...[...cells.values()].map((s) => s.usd)),
  };
}

/** Counted assistance received per State (recipients that are States only), for the map. */
export function receivedByState(rows: readonly LedgerRow[]): Map<string, Sum & { name: string }> {
  const out = new Map<string, Sum & { name: string }>();
  for (const r of countOnce(rows)) {
    if (!r.counted || !r.recipientIso3) continue;
    const s = out.get(r.recipientIso3) ?? { ...emptySum(), name: r.recipientName };
    out.set(r.recipientIso3, Object.assign(s, addTo(s, r)));
  }
  return out;
}
