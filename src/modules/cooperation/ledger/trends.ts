import { compareText, partyName } from '../../../kernel/i18n/state-names.js';
import { countOnce } from './count-once.js';
import type { LedgerRow } from './types.js';

/**
 * Pure: each donor's counted money per year in US dollars, and how it moved from the year before.
 * A year whose amount cannot be known (a counted row without an amount or without a rate) is
 * `unknown`, never zero; a change involving an unknown year is `unknown` too. Each flow counts
 * once: a flow both sides reported is taken at the donor's figure (`countOnce`).
 */

export type Change = 'increased' | 'reduced' | 'unchanged' | 'new' | 'stopped' | 'unknown';

export interface DonorYear {
  year: number;
  /** Counted rows that year (0 for the year a donor stopped). */
  rows: number;
  /** US dollars when every counted row converted; null when some amount is unknown. */
  usd: number | null;
  /** The part that is known, for a year whose total is unknown. */
  knownUsd: number;
  /** Counted rows without an amount or without a rate. */
  unknownRows: number;
  /** Against the calendar year before; null for the first year of the ledger (nothing to compare). */
  change: Change | null;
  /** This year's USD minus the year before's, when both are known. */
  delta: number | null;
}

export interface DonorTrend {
  /** `state:NOR` or `org:<name>`: a donor is a State or an organisation. */
  donorKey: string;
  providerIso3: string | null;
  providerName: string;
  years: DonorYear[];
}

const cents = (n: number) => Math.round(n * 100) / 100;

interface Tally {
  rows: number;
  known: number;
  unknown: number;
}

function changeOf(prev: Tally | undefined, cur: Tally | undefined): Change {
  if (!prev) return 'new';
  if (!cur) return 'stopped';
  if (prev.unknown > 0 || cur.unknown > 0) return 'unknown';
  const d = cents(cur.known - prev.known);
  return d > 0 ? 'increased' : d < 0 ? 'reduced' : 'unchanged';
}

/**
 * Trends over the years the rows span. `firstYear` is the first year with data in the whole ledger
 * (defaults to the rows' earliest year): before it nothing is known, so that year has no change.
 * Donors are ordered by their names in `locale` (a State's UN name, an organisation's own; English
 * when not given).
 */
export function donorTrends(
  rows: readonly LedgerRow[],
  opts: { firstYear?: number; locale?: string } = {},
): DonorTrend[] {
  const counted = countOnce(rows).filter((r) => r.counted);
  if (counted.length === 0) return [];
  const firstYear = opts.firstYear ?? Math.min(...counted.map((r) => r.year));
  const lastYear = Math.max(...counted.map((r) => r.year));
  const donors = new Map<string, { iso3: string | null; name: string; byYear: Map<number, Tally> }>();
  for (const r of counted) {
    const key = r.providerIso3 ? `state:${r.providerIso3}` : `org:${r.providerName.trim()}`;
    const d = donors.get(key) ?? { iso3: r.providerIso3, name: r.providerName, byYear: new Map() };
    const t = d.byYear.get(r.year) ?? { rows: 0, known: 0, unknown: 0 };
    t.rows++;
    if (r.usd === null) t.unknown++;
    else t.known += r.usd;
    d.byYear.set(r.year, t);
    donors.set(key, d);
  }
  const out: DonorTrend[] = [];
  for (const [donorKey, d] of donors) {
    const years: DonorYear[] = [];
    for (let y = firstYear; y <= lastYear; y++) {
      const cur = d.byYear.get(y);
      const prev = d.byYear.get(y - 1);
      // A year in which the donor neither gave nor stopped giving says nothing.
      if (!cur && !prev) continue;
      const change = y === firstYear ? null : changeOf(prev, cur);
      const usdOf = (t: Tally | undefined) => (t === undefined ? 0 : t.unknown > 0 ? null : cents(t.known));
      const usd = usdOf(cur);
      const prevUsd = usdOf(prev);
      years.push({
        year: y,
        rows: cur?.rows ?? 0,
        usd,
        knownUsd: cents(cur?.known ?? 0),
        unknownRows: cur?.unknown ?? 0,
        change,
        delta: change !== null && usd !== null && prevUsd !== null ? cents(usd - prevUsd) : null,
      });
    }
    out.push({ donorKey, providerIso3: d.iso3, providerName: d.name, years });
  }
  const locale = opts.locale ?? 'en';
  const compare = compareText(locale);
  const nameOf = (d: DonorTrend) => partyName(locale, d.providerIso3, d.providerName);
  return out.sort((a, b) => compare(nameOf(a), nameOf(b)));
}
