import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { listDeadlines } from '../../states/index.js';
import { loadLedger } from '../ledger/queries.js';
import { loadRates, type RateTable, toUsd } from '../ledger/rates.js';
import type { LedgerRow } from '../ledger/types.js';
import { listNeeds } from '../needs/queries.js';
import type { NeedView } from '../needs/types.js';
import { listOffers, type OfferView } from '../offers/queries.js';
import { offerTerms } from '../offers/write.js';
import { partnerKeyOf } from '../shared/policy.js';
import {
  type Match,
  type MatchNeed,
  type MatchOffer,
  matchableNeedStatuses,
  type PartnerProfile,
  type RankedNeed,
  rankNeedsForPartner,
  rankPartnersForNeed,
  spansSeveralYears,
  type Urgency,
  urgency,
} from './score.js';

/**
 * Builds the inputs of matching from the database (offers, needs, the ledger, exchange rates, the
 * States' deadlines) and calls the pure functions of score.ts. Nothing here decides a point.
 */

/**
 * A figure in US dollars at the ISU's rate for the year it was last confirmed, or for the year
 * before (a need read from a report is confirmed the year after the one it reports on). Null when
 * neither rate exists: a figure is never converted at a guessed rate.
 */
export function usdAround(rates: RateTable, amount: number | null, currency: string | null, day: string) {
  const year = Number(day.slice(0, 4));
  return toUsd(rates, amount, currency, year) ?? toUsd(rates, amount, currency, year - 1);
}

export type Deadlines = ReadonlyMap<string, { art3: string | null; art4: string | null }>;

/** The current deadline of every open Article 3 and 4 obligation of a State Party, by State. */
export async function loadDeadlines(db: Executor, today: string): Promise<Deadlines> {
  const out = new Map<string, { art3: string | null; art4: string | null }>();
  for (const row of await listDeadlines(db, today)) {
    const { article, currentDeadline } = row.obligation;
    if (article !== 3 && article !== 4) continue;
    const entry = out.get(row.state.iso3) ?? { art3: null, art4: null };
    if (article === 3) entry.art3 = currentDeadline;
    else entry.art4 = currentDeadline;
    out.set(row.state.iso3, entry);
  }
  return out;
}

/** A need as matching reads it: cost, contribution and counted commitments in US dollars. */
export function toMatchNeed(
  need: NeedView,
  rates: RateTable,
  ledger: readonly LedgerRow[],
  deadlines: Deadlines,
): MatchNeed {
  const linked = ledger.filter((r) => r.needId === need.id && r.counted);
  return {
    id: need.id,
    stateIso3: need.stateIso3,
    stateName: need.stateName,
    region: need.region,
    area: need.area,
    type: need.type,
    status: need.status,
    estimatedCostUsd: usdAround(rates, need.estimatedCost, need.currency, need.lastConfirmedOn),
    nationalContributionUsd: usdAround(rates, need.nationalContribution, need.currency, need.lastConfirmedOn),
    committedUsd: linked.reduce((s, r) => s + (r.usd ?? 0), 0),
    committedUnconverted: linked.filter((r) => r.usd === null).length,
    multiYear: spansSeveralYears(need.activitiesTimeframe),
    deadlines: deadlines.get(need.stateIso3) ?? { art3: null, art4: null },
  };
}

export function toMatchOffer(o: OfferView, rates: RateTable): MatchOffer {
  return {
    id: o.id,
    ...offerTerms(o),
    annualUsd: usdAround(rates, o.annualAmount, o.currency, o.lastConfirmedOn),
    status: o.storedStatus,
    lastConfirmedOn: o.lastConfirmedOn,
  };
}

/** Whether a ledger row was provided by this partner: a State by its code, an organisation by its name. */
const providedBy = (r: LedgerRow, offer: Pick<OfferView, 'partnerIso3' | 'organisation'>) =>
  offer.partnerIso3
    ? r.providerIso3 === offer.partnerIso3
    : !!offer.organisation &&
      r.providerIso3 === null &&
      r.providerName.trim().toLowerCase() === offer.organisation.trim().toLowerCase();

/** The years in which a partner's counted assistance reached each State. */
export function supportYearsOf(
  ledger: readonly LedgerRow[],
  partner: Pick<OfferView, 'partnerIso3' | 'organisation'>,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const r of ledger) {
    if (!r.counted || !r.recipientIso3 || !providedBy(r, partner)) continue;
    const years = out[r.recipientIso3] ?? [];
    if (!years.includes(r.year)) years.push(r.year);
    out[r.recipientIso3] = years;
  }
  for (const years of Object.values(out)) years.sort((a, b) => a - b);
  return out;
}

/**
 * One profile per partner that owns at least one active, non-lapsed offer; its other offers are
 * given too (lapsed and withdrawn ones are ignored by score.ts). Named by State or organisation.
 */
export function partnerProfiles(
  offers: readonly OfferView[],
  ledger: readonly LedgerRow[],
  rates: RateTable,
): PartnerProfile[] {
  const byOwner = new Map<string, OfferView[]>();
  for (const o of offers) byOwner.set(o.ownerKey, [...(byOwner.get(o.ownerKey) ?? []), o]);
  const out: PartnerProfile[] = [];
  for (const [key, own] of byOwner) {
    if (!own.some((o) => o.status === 'active')) continue;
    const first = own[0] as OfferView;
    out.push({
      key,
      name: first.partnerName,
      offers: own.map((o) => toMatchOffer(o, rates)),
      supportYears: supportYearsOf(ledger, first),
    });
  }
  return out;
}

export interface NeedMatches {
  urgency: Urgency;
  matches: Match[];
  /**
   * Demonstration data is behind what is shown: an offer ranked, or a ledger flow to the need's State
   * (its funding gap and the partners' history with that State come from those flows).
   */
  includesDemonstrationData: boolean;
}

/** The partners ranked for one need, with the need's urgency. */
export async function matchesForNeed(
  db: Executor,
  need: NeedView,
  today: string,
  /** The reader's language: partners with the same score are in its alphabetical order. */
  locale = 'en',
): Promise<NeedMatches> {
  const [offers, ledger, rates, deadlines] = await Promise.all([
    listOffers(db, today),
    loadLedger(db),
    loadRates(db),
    loadDeadlines(db, today),
  ]);
  const m = toMatchNeed(need, rates, ledger, deadlines);
  const matches = rankPartnersForNeed(m, partnerProfiles(offers, ledger, rates), today, locale);
  const demoOffers = new Set(offers.filter((o) => o.demonstration).map((o) => o.id));
  return {
    urgency: urgency(m, today),
    matches,
    includesDemonstrationData:
      matches.some((x) => demoOffers.has(x.offerId)) ||
      ledger.some((r) => r.demonstration && r.recipientIso3 === need.stateIso3),
  };
}

export interface RankedNeedView extends RankedNeed {
  view: NeedView;
}

/**
 * The open needs ranked for one offer: the partner's history, with this offer only (the offer page
 * explains what this offer fits). Empty for a lapsed or withdrawn offer.
 */
export async function needsForOffer(
  db: Executor,
  actor: Actor,
  offer: OfferView,
  today: string,
): Promise<RankedNeedView[]> {
  if (offer.status !== 'active') return [];
  const [needs, ledger, rates, deadlines] = await Promise.all([
    listNeeds(db, { actor, today }),
    loadLedger(db),
    loadRates(db),
    loadDeadlines(db, today),
  ]);
  const open = needs.filter((n) => matchableNeedStatuses.includes(n.status));
  const views = new Map(open.map((n) => [n.id, n]));
  const profile: PartnerProfile = {
    key: offer.ownerKey,
    name: offer.partnerName,
    offers: [toMatchOffer(offer, rates)],
    supportYears: supportYearsOf(ledger, offer),
  };
  const ranked = rankNeedsForPartner(
    profile,
    open.map((n) => toMatchNeed(n, rates, ledger, deadlines)),
    today,
  );
  return ranked.map((r) => ({ ...r, view: views.get(r.need.id) as NeedView }));
}

/**
 * The open needs that fit a partner's own active offers, best fit first (each need once, with its
 * best-fitting offer), for the partner's start page. Empty for anyone who is not a partner or has
 * no active offer.
 */
export async function needsMatchingPartner(
  db: Executor,
  actor: Actor,
  today: string,
  limit = 10,
): Promise<RankedNeedView[]> {
  const key = partnerKeyOf(actor);
  if (!key) return [];
  const own = (await listOffers(db, today)).filter((o) => o.ownerKey === key && o.status === 'active');
  const best = new Map<number, RankedNeedView>();
  for (const offer of own)
    for (const r of await needsForOffer(db, actor, offer, today)) {
      const known = best.get(r.view.id);
      if (!known || r.match.score > known.match.score) best.set(r.view.id, r);
    }
  return [...best.values()]
    .sort((a, b) => b.match.score - a.match.score || a.view.id - b.view.id)
    .slice(0, limit);
}
