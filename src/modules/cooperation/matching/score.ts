import { addMonths, daysBetween, latestDay } from '../../../kernel/dates.js';
import { compareText, partyName } from '../../../kernel/i18n/state-names.js';
import { offerStatusOn } from '../offers/lapse.js';
import type { Area, AssistanceType, NeedStatus } from '../shared/vocabulary.js';

/*
 * Matching needs and partners: a pure function of its inputs, no I/O, no clock of its own. Every
 * point given is explained by a reason (a catalogue key and its parameters), so a page can say in
 * words why a partner comes first. The scoring table is in README.md.
 */

/**
 * A gap at or below this many US dollars is "small": the last stretch of a national plan that one
 * partner's yearly budget can close. The coordinators noted (informal meeting of 8 June 2018, recalling their meetings of November and December 2017) that several
 * countries with impending deadlines had "small obstacles to overcome to achieve completion of their
 * obligations" and "could be targeted for assistance": a small gap before a near deadline is that case.
 */
export const SMALL_GAP_USD = 1_000_000;
/** A gap up to this many dollars is "medium"; above it, large. */
export const MEDIUM_GAP_USD = 5_000_000;
/** Support in this many calendar years before the current one (or in it) counts as recent. */
export const RECENT_SUPPORT_YEARS = 3;
/** The deadline window in which a small gap is flagged, as the Deadlines page highlights it. */
export const NEAR_DEADLINE_MONTHS = 24;

/** Only these needs are matched: a met, withdrawn or lapsed need is nobody's to fund. */
export const matchableNeedStatuses: readonly NeedStatus[] = ['open', 'partly_met'];

export interface Reason {
  /** A catalogue key in the `matching` namespace. */
  key: string;
  /**
   * The values the text is written with, language-neutral: a State by its ISO-3 code (`state`), an
   * area or type by its vocabulary code, an amount in dollars. The page words them in the reader's language.
   */
  params: Record<string, string | number>;
}

export type ComponentId =
  | 'area'
  | 'priority'
  | 'history'
  | 'type'
  | 'capacity'
  | 'multiYear'
  | 'deadline'
  | 'gap';

export interface ScoreComponent {
  id: ComponentId;
  points: number;
  max: number;
  reason: Reason;
}

/** The points each component can give (see README.md for the table in words). */
export const MAX = {
  area: 30,
  priority: 20,
  history: 15,
  type: 15,
  capacity: 15,
  multiYear: 5,
  deadline: 70,
  gap: 30,
} as const satisfies Record<ComponentId, number>;

/** A need as matching reads it: amounts already in US dollars, deadlines already looked up. */
export interface MatchNeed {
  id: number;
  stateIso3: string;
  stateName: string;
  /** The State's UN region as in the registry. */
  region: string | null;
  area: Area;
  type: AssistanceType | null;
  status: NeedStatus;
  estimatedCostUsd: number | null;
  /** Null when the State did not state one: counted as nothing. */
  nationalContributionUsd: number | null;
  /** Counted (committed or disbursed) ledger amounts linked to this need, in US dollars. */
  committedUsd: number;
  /** Counted ledger rows linked to this need whose amount could not be converted. */
  committedUnconverted: number;
  /** Whether the activities span several years; null when the request does not say. */
  multiYear: boolean | null;
  /** The State's current deadlines for its open Article 3 and 4 obligations (partial dates). */
  deadlines: { art3: string | null; art4: string | null };
}

export interface MatchOffer {
  id: number;
  title: string;
  areas: readonly string[];
  types: readonly string[];
  priorityRegions: readonly string[];
  priorityStates: readonly string[];
  multiYear: boolean;
  /** The yearly amount in US dollars; null when not given or not convertible. */
  annualUsd: number | null;
  status: 'active' | 'withdrawn';
  lastConfirmedOn: string;
}

export interface PartnerProfile {
  key: string;
  name: string;
  offers: readonly MatchOffer[];
  /** Years in which the partner supported each State, by recipient ISO3 (from the ledger). */
  supportYears: Readonly<Record<string, readonly number[]>>;
}

export interface Match {
  partnerKey: string;
  partnerName: string;
  /** The partner's offer that fits the need best; its components are the ones shown. */
  offerId: number;
  offerTitle: string;
  /** 0–100: points over the maximum of the components that apply. */
  score: number;
  components: ScoreComponent[];
}

export interface Urgency {
  /** 0–100: deadline (up to 70) and gap (up to 30). */
  score: number;
  article: 3 | 4 | null;
  deadline: string | null;
  daysLeft: number | null;
  overdue: boolean;
  withinNearWindow: boolean;
  gapUsd: number | null;
  /** Some committed amounts could not be converted: the real gap may be smaller. */
  gapIsUpperBound: boolean;
  smallGapNearDeadline: boolean;
  components: ScoreComponent[];
}

/** The last day a partial date can stand for: a deadline known only as `2026` runs to 31 December. */
export const lastDayOf = latestDay;

/**
 * Whether a request's activities and timeframe span several years: two different years named
 * ("2025–2027"), or a number of years of two or more ("3 years", "trois ans", "dos años").
 * Null when the text gives no year at all.
 */
export function spansSeveralYears(text: string | null | undefined): boolean | null {
  if (!text) return null;
  const years = new Set([...text.matchAll(/\b(19[9]\d|20\d\d)\b/g)].map((m) => m[1]));
  if (years.size >= 2) return true;
  const words: Record<string, number> = {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
  };
  const span =
    /\b(\d+|two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)[\s-]*(years?|ans|années|años)\b/i.exec(
      text,
    );
  if (span?.[1]) {
    const n = /^\d+$/.test(span[1]) ? Number(span[1]) : (words[span[1].toLowerCase()] ?? 0);
    return n >= 2;
  }
  return years.size === 1 ? false : null;
}

// ---- the gap and urgency of a need ----

/** What is left to fund, in US dollars: estimated cost − national contribution − counted commitments. */
export function gapUsd(need: MatchNeed): number | null {
  if (need.estimatedCostUsd === null) return null;
  return need.estimatedCostUsd - (need.nationalContributionUsd ?? 0) - need.committedUsd;
}

/** The Article whose deadline a need's area serves: clearance and risk education are both Article 4. */
export function deadlineArticleOf(area: Area): 3 | 4 | null {
  if (area === 'art3') return 3;
  if (area === 'art4' || area === 'risk_education') return 4;
  return null;
}

const reason = (key: string, params: Record<string, string | number> = {}): Reason => ({
  key: `matching:reason.${key}`,
  params,
});

/** How pressing a need is: how near the deadline of its Article is, and how small the gap left to close. */
export function urgency(need: MatchNeed, today: string): Urgency {
  const article = deadlineArticleOf(need.area);
  const deadline = article === 3 ? need.deadlines.art3 : article === 4 ? need.deadlines.art4 : null;
  const last = deadline ? lastDayOf(deadline) : null;
  const daysLeft = last ? daysBetween(today, last) : null;
  const overdue = daysLeft !== null && daysLeft < 0;
  const withinNearWindow = last !== null && last <= addMonths(today, NEAR_DEADLINE_MONTHS);

  let deadlinePart: ScoreComponent;
  const dl = { id: 'deadline' as const, max: MAX.deadline };
  if (article === null) deadlinePart = { ...dl, points: 0, reason: reason('deadline.notTimeBound') };
  else if (!deadline || !last)
    deadlinePart = { ...dl, points: 0, reason: reason('deadline.noneOpen', { article }) };
  else {
    const p = { article, deadline };
    if (overdue) deadlinePart = { ...dl, points: 70, reason: reason('deadline.overdue', p) };
    else if (last <= addMonths(today, 12))
      deadlinePart = { ...dl, points: 60, reason: reason('deadline.within12', p) };
    else if (withinNearWindow) deadlinePart = { ...dl, points: 45, reason: reason('deadline.within24', p) };
    else if (last <= addMonths(today, 48))
      deadlinePart = { ...dl, points: 25, reason: reason('deadline.within48', p) };
    else deadlinePart = { ...dl, points: 10, reason: reason('deadline.later', p) };
  }

  const gap = gapUsd(need);
  const g = { id: 'gap' as const, max: MAX.gap };
  let gapPart: ScoreComponent;
  if (gap === null) gapPart = { ...g, points: 5, reason: reason('gap.unknown') };
  else if (gap <= 0) gapPart = { ...g, points: 0, reason: reason('gap.covered') };
  else if (gap <= SMALL_GAP_USD)
    gapPart = { ...g, points: 30, reason: reason('gap.small', { gap, threshold: SMALL_GAP_USD }) };
  else if (gap <= MEDIUM_GAP_USD) gapPart = { ...g, points: 20, reason: reason('gap.medium', { gap }) };
  else gapPart = { ...g, points: 10, reason: reason('gap.large', { gap }) };

  return {
    score: deadlinePart.points + gapPart.points,
    article,
    deadline,
    daysLeft,
    overdue,
    withinNearWindow: deadline !== null && withinNearWindow,
    gapUsd: gap,
    gapIsUpperBound: need.committedUnconverted > 0,
    smallGapNearDeadline:
      deadline !== null && withinNearWindow && gap !== null && gap > 0 && gap <= SMALL_GAP_USD,
    components: [deadlinePart, gapPart],
  };
}

// ---- the fit of one partner to one need ----

/** An offer takes part in matching only while active and confirmed within the last 12 months. */
export const isLive = (offer: MatchOffer, today: string) =>
  offerStatusOn(offer.status, offer.lastConfirmedOn, today) === 'active';

function areaPart(need: MatchNeed, offer: MatchOffer): ScoreComponent {
  const c = { id: 'area' as const, max: MAX.area };
  if (offer.areas.includes(need.area))
    return { ...c, points: 30, reason: reason('area.exact', { area: need.area }) };
  // Risk education is part of Article 4: a partner for clearance can often support it.
  if (need.area === 'risk_education' && offer.areas.includes('art4'))
    return { ...c, points: 20, reason: reason('area.related', { area: need.area, offered: 'art4' }) };
  return { ...c, points: 0, reason: reason('area.none', { area: need.area }) };
}

function priorityPart(need: MatchNeed, offer: MatchOffer): ScoreComponent {
  const c = { id: 'priority' as const, max: MAX.priority };
  if (offer.priorityStates.includes(need.stateIso3))
    return { ...c, points: 20, reason: reason('priority.state', { state: need.stateIso3 }) };
  if (need.region && offer.priorityRegions.includes(need.region))
    return { ...c, points: 12, reason: reason('priority.region', { region: need.region }) };
  if (offer.priorityStates.length === 0 && offer.priorityRegions.length === 0)
    return { ...c, points: 6, reason: reason('priority.open') };
  return { ...c, points: 0, reason: reason('priority.elsewhere', { state: need.stateIso3 }) };
}

function historyPart(need: MatchNeed, partner: PartnerProfile, today: string): ScoreComponent {
  const c = { id: 'history' as const, max: MAX.history };
  const years = [...new Set(partner.supportYears[need.stateIso3] ?? [])].sort((a, b) => a - b);
  if (years.length === 0)
    return { ...c, points: 0, reason: reason('history.none', { state: need.stateIso3 }) };
  const since = Number(today.slice(0, 4)) - RECENT_SUPPORT_YEARS;
  const params = { state: need.stateIso3, years: years.join(', '), count: years.length };
  if (years.some((y) => y >= since)) return { ...c, points: 15, reason: reason('history.recent', params) };
  return { ...c, points: 8, reason: reason('history.earlier', params) };
}

function typePart(need: MatchNeed, offer: MatchOffer): ScoreComponent {
  const c = { id: 'type' as const, max: MAX.type };
  if (need.type === null) return { ...c, points: 7, reason: reason('type.unstated') };
  if (offer.types.includes(need.type))
    return { ...c, points: 15, reason: reason('type.match', { type: need.type }) };
  return { ...c, points: 0, reason: reason('type.none', { type: need.type }) };
}

function capacityPart(need: MatchNeed, offer: MatchOffer): ScoreComponent {
  const c = { id: 'capacity' as const, max: MAX.capacity };
  const gap = gapUsd(need);
  if (gap === null) return { ...c, points: 5, reason: reason('capacity.gapUnknown') };
  if (gap <= 0) return { ...c, points: 0, reason: reason('capacity.noGap') };
  if (offer.annualUsd === null) return { ...c, points: 5, reason: reason('capacity.unknown', { gap }) };
  if (offer.annualUsd >= gap)
    return { ...c, points: 15, reason: reason('capacity.covers', { annual: offer.annualUsd, gap }) };
  const share = offer.annualUsd / gap;
  return {
    ...c,
    points: Math.round(MAX.capacity * share),
    reason: reason('capacity.part', { annual: offer.annualUsd, gap, percent: Math.floor(share * 100) }),
  };
}

function multiYearPart(need: MatchNeed, offer: MatchOffer): ScoreComponent | null {
  // Only when the request shows it spans several years; otherwise it is not part of the score.
  if (need.multiYear !== true) return null;
  const c = { id: 'multiYear' as const, max: MAX.multiYear };
  return offer.multiYear
    ? { ...c, points: 5, reason: reason('multiYear.yes') }
    : { ...c, points: 0, reason: reason('multiYear.no') };
}

const total = (parts: ScoreComponent[]) => parts.reduce((s, p) => s + p.points, 0);
const scoreOf = (parts: ScoreComponent[]) => {
  const max = parts.reduce((s, p) => s + p.max, 0);
  return max === 0 ? 0 : Math.round((100 * total(parts)) / max);
};

/** The components of one offer for one need, in the order a page shows them. */
export function scoreOffer(need: MatchNeed, offer: MatchOffer, partner: PartnerProfile, today: string) {
  const parts = [
    areaPart(need, offer),
    priorityPart(need, offer),
    historyPart(need, partner, today),
    typePart(need, offer),
    capacityPart(need, offer),
    multiYearPart(need, offer),
  ].filter((p): p is ScoreComponent => p !== null);
  return { score: scoreOf(parts), components: parts };
}

/**
 * How well a partner fits a need: the best of its live offers (highest score; the lower offer id
 * on a tie). Null when the need is not open, the partner has no live offer, or none of its offers
 * covers the need's area: area is the one condition without which there is no match.
 */
export function matchPartner(need: MatchNeed, partner: PartnerProfile, today: string): Match | null {
  if (!matchableNeedStatuses.includes(need.status)) return null;
  let best: Match | null = null;
  const offers = partner.offers.filter((o) => isLive(o, today)).sort((a, b) => a.id - b.id);
  for (const offer of offers) {
    const { score, components } = scoreOffer(need, offer, partner, today);
    if (components[0]?.points === 0) continue;
    if (!best || score > best.score) {
      best = {
        partnerKey: partner.key,
        partnerName: partner.name,
        offerId: offer.id,
        offerTitle: offer.title,
        score,
        components,
      };
    }
  }
  return best;
}

/**
 * Partners for one need, best first; ties by name in the reader's language (a State partner by its UN
 * name there), then key, so the order never depends on input order.
 */
export function rankPartnersForNeed(
  need: MatchNeed,
  partners: readonly PartnerProfile[],
  today: string,
  locale = 'en',
): Match[] {
  const compare = compareText(locale);
  const nameOf = (m: Match) =>
    partyName(locale, m.partnerKey.startsWith('state:') ? m.partnerKey.slice(6) : null, m.partnerName);
  return partners
    .map((p) => matchPartner(need, p, today))
    .filter((m): m is Match => m !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        compare(nameOf(a), nameOf(b)) ||
        (a.partnerKey < b.partnerKey ? -1 : a.partnerKey > b.partnerKey ? 1 : 0),
    );
}

export interface RankedNeed {
  need: MatchNeed;
  match: Match;
  urgency: Urgency;
}

/**
 * Open needs for one partner, best fit first, then the more urgent, then the nearer deadline
 * (none last), then the older need (lower id).
 */
export function rankNeedsForPartner(
  partner: PartnerProfile,
  needs: readonly MatchNeed[],
  today: string,
): RankedNeed[] {
  const out: RankedNeed[] = [];
  for (const need of needs) {
    const match = matchPartner(need, partner, today);
    if (match) out.push({ need, match, urgency: urgency(need, today) });
  }
  const days = (u: Urgency) => u.daysLeft ?? Number.POSITIVE_INFINITY;
  return out.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      b.urgency.score - a.urgency.score ||
      days(a.urgency) - days(b.urgency) ||
      a.need.id - b.need.id,
  );
}
