import { partnerKey } from '../shared/policy.js';
import type { LedgerStatus } from '../shared/vocabulary.js';
import type { ProposedEntry } from './extract.js';

/**
 * The same money reported from both ends of a funding chain: the donor's activity P reports its
 * commitment or disbursement to the channel's activity A (`receiver-activity-id` A), and A reports
 * the same money as incoming from P (`provider-activity-id` P). Both would be entries in the donor's
 * name. Pure: the live entries come in from the database. The rule is in README.md.
 */

/** Which end of the money an entry reports: the donor's own flow, or a channel's incoming money. */
export type Side = 'donor' | 'channel';

/** What an entry, proposed or stored, tells the pairing. */
export interface PairFields {
  iatiActivityId: string;
  counterpartActivityId: string | null;
  channel: string | null;
  providerIso3: string | null;
  providerName: string;
  recipientIso3: string;
  year: number;
  status: LedgerStatus;
}

/** A stored entry that is live (origin IATI, not rejected). */
export interface LiveEntry extends PairFields {
  iatiTransactionKey: string;
  amount: number | null;
  currency: string | null;
}

/** Sums by currency, as written on each side. */
export type Amounts = Array<{ currency: string | null; amount: number }>;

/** One activity's money not proposed because the other side had reported it first. */
export interface PairNote {
  /** This file's activity and its side; the other side's activity. */
  activityId: string;
  side: Side;
  counterpartActivityId: string;
  providerName: string;
  recipientIso3: string;
  year: number;
  status: LedgerStatus;
  /** Entries of this file not proposed, and their amounts. */
  entries: number;
  here: Amounts;
  /** The other side's live entries for the same money (stored, or earlier in this file). */
  there: Amounts;
}

export interface Pairing {
  /** The entries not proposed, by index in the list given, with their activity's note. */
  paired: ReadonlyMap<number, PairNote>;
  notes: PairNote[];
}

/**
 * The money an entry reports, the same from both ends: donor's activity, channel's activity,
 * provider, year, kind and recipient; and the end it reports. Null without a named counterpart.
 */
export function pairOf(e: PairFields): { money: string; side: Side } | null {
  if (!e.counterpartActivityId) return null;
  const side: Side = e.channel === null ? 'donor' : 'channel';
  const [donor, channel] =
    side === 'donor'
      ? [e.iatiActivityId, e.counterpartActivityId]
      : [e.counterpartActivityId, e.iatiActivityId];
  const provider = partnerKey(e.providerIso3, e.providerIso3 ? null : e.providerName);
  return {
    money: JSON.stringify([donor, channel, provider, e.year, e.status, e.recipientIso3]),
    side,
  };
}

const other = (side: Side): Side => (side === 'donor' ? 'channel' : 'donor');
const cents = (n: number) => Math.round(n * 100) / 100;

/** Adds an amount to its currency's sum. */
function add(sums: Map<string | null, number>, currency: string | null, amount: number | null) {
  if (amount !== null) sums.set(currency, (sums.get(currency) ?? 0) + amount);
}
/** The sums of one or more lists, by currency, in cents. */
function amountsOf(...lists: Array<Map<string | null, number> | undefined>): Amounts {
  const sums = new Map<string | null, number>();
  for (const list of lists) for (const [currency, amount] of list ?? []) add(sums, currency, amount);
  return [...sums].map(([currency, amount]) => ({ currency, amount: cents(amount) }));
}

/**
 * Which entries are not proposed because the other side already reported the same money: an entry
 * that names its counterpart activity, whose money (`pairOf`) has a live entry from the other end —
 * stored, or proposed earlier in this same file — is paired, not proposed. An entry whose own
 * transaction already has a live entry is left to the import (already known). Only the entries
 * `proposes` keeps are read: another publisher's or a refused transaction neither pairs nor blocks.
 */
export function pairWithOtherSide(
  entries: readonly ProposedEntry[],
  proposes: (e: ProposedEntry, index: number) => boolean,
  live: readonly LiveEntry[],
): Pairing {
  const known = new Set(live.map((l) => `${l.iatiActivityId}\u0000${l.iatiTransactionKey}`));
  // Sums by money and side: what is stored, and what this file proposes.
  const stored = new Map<string, Map<string | null, number>>();
  const inFile = new Map<string, Map<string | null, number>>();
  const sumsOf = (m: Map<string, Map<string | null, number>>, k: string) => {
    const s = m.get(k) ?? new Map<string | null, number>();
    m.set(k, s);
    return s;
  };
  for (const l of live) {
    const pair = pairOf(l);
    if (pair) add(sumsOf(stored, `${pair.money}|${pair.side}`), l.currency, l.amount);
  }
  const paired = new Map<number, PairNote>();
  const notes = new Map<string, { note: PairNote; here: Map<string | null, number>; there: string }>();
  entries.forEach((e, i) => {
    if (!proposes(e, i)) return;
    const pair = pairOf(e);
    if (!pair || known.has(`${e.iatiActivityId}\u0000${e.iatiTransactionKey}`)) return;
    const there = `${pair.money}|${other(pair.side)}`;
    if (!stored.has(there) && !inFile.has(there)) {
      add(sumsOf(inFile, `${pair.money}|${pair.side}`), e.currency, e.amount);
      return;
    }
    const mine = `${pair.money}|${pair.side}`;
    let n = notes.get(mine);
    if (!n) {
      const note: PairNote = {
        activityId: e.iatiActivityId,
        side: pair.side,
        counterpartActivityId: e.counterpartActivityId ?? '',
        providerName: e.providerName,
        recipientIso3: e.recipientIso3,
        year: e.year,
        status: e.status,
        entries: 0,
        here: [],
        there: [],
      };
      n = { note, here: new Map(), there };
      notes.set(mine, n);
    }
    n.note.entries++;
    add(n.here, e.currency, e.amount);
    paired.set(i, n.note);
  });
  for (const { note, here, there } of notes.values()) {
    note.here = amountsOf(here);
    note.there = amountsOf(stored.get(there), inFile.get(there));
  }
  return { paired, notes: [...notes.values()].map((n) => n.note) };
}
