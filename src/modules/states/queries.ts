import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cachedUntilWrite } from '../../kernel/data-version.js';
import { type FieldErrors, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { compareText, localiseStates, stateMatches, stateName } from '../../kernel/i18n/state-names.js';
import { applyCorrections, type CorrectionRow, loadHistory } from './corrections.js';
import { ccmStatuses } from './inputs.js';
import { historyFlags } from './law.js';
import { meetingClosed } from './meeting-dates.js';
import {
  article3OriginalDeadline,
  article4OriginalDeadline,
  chronological,
  comparePartialDates,
  dateTaken,
  deriveObligation,
  entryIntoForce,
  initialReportDue,
  type ObligationEvent,
  type PartialDate,
  statusOn,
  timeRemaining,
} from './rules.js';
import { type obligationEvents, obligations, states } from './schema.js';

type StateRow = typeof states.$inferSelect;
type ObligationRow = typeof obligations.$inferSelect;
type EventRow = typeof obligationEvents.$inferSelect;

export type Article = 3 | 4 | 5 | 7;

export interface ObligationView {
  id: number;
  article: Article;
  basis: string | null;
  source: string | null;
  /** Articles 3, 4 and the initial report of Article 7 have deadlines; Article 5 is ongoing. */
  timeBound: boolean;
  status: 'open' | 'completed';
  originalDeadline: PartialDate | null;
  currentDeadline: PartialDate | null;
  currentDeadlineConfirmed: boolean;
  pendingRequest: EventRow | null;
  completedOn: PartialDate | null;
  extensionsGranted: number;
  remaining: ReturnType<typeof timeRemaining> | null;
  events: EventRow[];
  /** Per event (same order), what the Convention does not expect of it: shown flagged (law.ts). */
  eventFlags: string[][];
  /**
   * The corrections of this obligation's facts (corrections.ts), keyed by fact id, with each
   * corrected or withdrawn fact as first recorded. `events` already reads them applied.
   */
  corrections: Record<number, { recorded: EventRow; corrections: CorrectionRow[] }>;
  /** Facts withdrawn by a correction: shown in the history, counted nowhere. */
  withdrawn: Array<{ recorded: EventRow; correction: CorrectionRow }>;
}

export interface StateView extends StateRow {
  /** As of the day the view was built for: `statusOn` its dates, not the status last typed. */
  ccmStatus: StateRow['ccmStatus'];
  /** The Convention is in force for the State on that day (Art 17). */
  inForce: boolean;
  entryIntoForce: string | null;
  initialReportDue: string | null;
  obligations: ObligationView[];
  openObligations: number;
  nextDeadline: PartialDate | null;
}

/** The deadline the treaty sets before any extension; Article 5 has none. */
export function originalDeadlineFor(article: Article, eif: string | null): string | null {
  if (!eif) return null;
  if (article === 3) return article3OriginalDeadline(eif);
  if (article === 4) return article4OriginalDeadline(eif);
  if (article === 7) return initialReportDue(eif);
  return null;
}

/** Everything about a State that is computed rather than stored: EIF, deadlines, status of each obligation. */
export function buildStateView(
  state: StateRow,
  obs: ObligationRow[],
  recorded: EventRow[],
  today: string,
  corrections: readonly CorrectionRow[] = [],
): StateView {
  // Corrections first: a withdrawn fact no longer counts, a corrected one counts as corrected.
  const { effective: events, byEvent } = applyCorrections(recorded, corrections);
  const eif = state.instrumentDate ? entryIntoForce(state.instrumentDate) : null;
  const views = obs
    .slice()
    .sort((a, b) => a.article - b.article)
    .map((o): ObligationView => {
      const article = o.article as Article;
      // In the order things happened, whatever order they were typed in (rules.ts `chronological`).
      // As of `today`: a fact dated later had not happened yet; a fact with no known date is
      // taken as known (nothing says it came later).
      const mine = chronological(
        events
          .filter((e) => e.obligationId === o.id)
          .filter((e) => (dateTaken(e, meetingClosed) ?? today) <= today)
          .sort((a, b) => a.id - b.id),
        meetingClosed,
      );
      const original = originalDeadlineFor(article, eif);
      const timeBound = article !== 5;
      const derived = deriveObligation(original, mine as unknown as ObligationEvent[]);
      const pending = derived.pendingRequest
        ? (mine.find((e) => e === (derived.pendingRequest as unknown)) ?? null)
        : null;
      return {
        id: o.id,
        article,
        basis: o.basis,
        source: o.source,
        timeBound,
        status: derived.status,
        originalDeadline: original,
        currentDeadline: timeBound ? derived.currentDeadline : null,
        currentDeadlineConfirmed: derived.currentDeadlineConfirmed,
        pendingRequest: pending,
        completedOn: derived.completedOn,
        extensionsGranted: derived.extensionsGranted,
        remaining:
          timeBound && derived.status === 'open' && derived.currentDeadline
            ? timeRemaining(derived.currentDeadline, today, derived.pendingRequest !== null)
            : null,
        events: mine,
        eventFlags: historyFlags(article, original, mine as unknown as ObligationEvent[], today).map((fs) =>
          fs.map((f) => f.key),
        ),
        corrections: Object.fromEntries(
          recorded
            .filter((e) => e.obligationId === o.id && byEvent.has(e.id))
            .map((e) => [e.id, { recorded: e, corrections: byEvent.get(e.id) ?? [] }]),
        ),
        withdrawn: recorded
          .filter((e) => e.obligationId === o.id && byEvent.get(e.id)?.at(-1)?.action === 'withdrawn')
          .map((e) => ({ recorded: e, correction: byEvent.get(e.id)?.at(-1) as CorrectionRow })),
      };
    });
  const ccmStatus = statusOn(state, today);
  const open = views.filter((v) => v.timeBound && v.status === 'open' && ccmStatus === 'state_party');
  const next = open
    .map((v) => v.currentDeadline)
    .filter((d): d is string => !!d)
    .sort(comparePartialDates)[0];
  return {
    ...state,
    ccmStatus,
    inForce: ccmStatus === 'state_party' && eif !== null && eif <= today,
    entryIntoForce: eif,
    initialReportDue: eif ? initialReportDue(eif) : null,
    obligations: views,
    openObligations: open.length,
    nextDeadline: next ?? null,
  };
}

async function loadViews(db: Executor, rows: StateRow[], today: string): Promise<StateView[]> {
  if (rows.length === 0) return [];
  const isos = rows.map((r) => r.iso3);
  const obs = await db.select().from(obligations).where(inArray(obligations.stateIso3, isos));
  const { events: evs, corrections } = await loadHistory(
    db,
    obs.map((o) => o.id),
  );
  const obsByState = new Map<string, ObligationRow[]>();
  for (const o of obs) obsByState.set(o.stateIso3, [...(obsByState.get(o.stateIso3) ?? []), o]);
  return rows.map((r) => buildStateView(r, obsByState.get(r.iso3) ?? [], evs, today, corrections));
}

export interface StateFilters {
  status?: StateRow['ccmStatus'];
  region?: string;
  open?: boolean;
  q?: string;
  sort?: 'name' | 'eif' | 'deadline' | 'status';
  /** The reader's language: names are the UN's in it, sorted in its order (English when left out). */
  locale?: string;
}

/** A State's view with its name in the reader's language. */
function named(v: StateView, locale: string): StateView {
  return { ...v, name: stateName(locale, v.iso3, v.name) };
}

export async function listStates(db: Executor, today: string, f: StateFilters = {}): Promise<StateView[]> {
  // Derived for every State at once, and kept until the next write: the lists and the map all read it.
  const all = await cachedUntilWrite(db, `states:views:${today}`, async () => {
    const rows = await db.select().from(states).orderBy(asc(states.iso3));
    return loadViews(db, rows, today);
  });
  // Named and sorted in the reader's language here, not in SQL: the two engines' collations
  // order "Côte d'Ivoire" differently, and the order is the reader's.
  const locale = f.locale ?? 'en';
  const compare = compareText(locale);
  let views = all.map((v) => named(v, locale)).sort((a, b) => compare(a.name, b.name));
  if (f.status) views = views.filter((v) => v.ccmStatus === f.status);
  if (f.region) views = views.filter((v) => v.unRegion === f.region);
  if (f.open) views = views.filter((v) => v.openObligations > 0);
  if (f.q) {
    // Any language's name finds the State, accents aside: "Liban", "Líbano", "Lebanon", "لبنان".
    const q = f.q;
    const registered = new Map(all.map((v) => [v.iso3, v.name]));
    views = views.filter((v) => stateMatches(q, v.iso3, registered.get(v.iso3)));
  }
  const byNullable = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : comparePartialDates(a, b);
  if (f.sort === 'eif') views.sort((a, b) => byNullable(a.entryIntoForce, b.entryIntoForce));
  if (f.sort === 'deadline') views.sort((a, b) => byNullable(a.nextDeadline, b.nextDeadline));
  if (f.sort === 'status')
    // The treaty's order (party, signatory, not party, withdrawn), not the codes' alphabet.
    views.sort((a, b) => ccmStatuses.indexOf(a.ccmStatus) - ccmStatuses.indexOf(b.ccmStatus));
  return views;
}

export async function findStateView(
  db: Executor,
  iso3: string,
  today: string,
  locale?: string,
): Promise<StateView | undefined> {
  const code = iso3.toUpperCase();
  return (await listStates(db, today, { locale })).find((v) => v.iso3 === code);
}

export async function getStateView(
  db: Executor,
  iso3: string,
  today: string,
  locale?: string,
): Promise<StateView> {
  const v = await findStateView(db, iso3, today, locale);
  if (!v) throw new NotFoundError('state', iso3);
  return v;
}

export async function listRegions(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ r: states.unRegion }).from(states).orderBy(asc(states.unRegion));
  return rows.map((r) => r.r);
}

export interface DeadlineRow {
  state: Pick<StateView, 'iso3' | 'name' | 'unRegion' | 'ccmStatus'>;
  obligation: ObligationView;
}

/**
 * The one definition of an overdue initial report, for every page that counts them: the registry
 * holds the State Party's Article 7 obligation open and its deadline has surely passed. An initial
 * report delivered here closes that obligation in the same transaction (reports/submit-report.ts),
 * so the registry is the only thing to ask.
 */
export function isInitialReportOverdue(
  state: Pick<StateView, 'ccmStatus'>,
  o: Pick<ObligationView, 'article' | 'status' | 'remaining'> | undefined,
): boolean {
  return (
    state.ccmStatus === 'state_party' &&
    o?.article === 7 &&
    o.status === 'open' &&
    o.remaining?.overdue === true
  );
}

/**
 * Every open time-bound obligation of a State Party, most urgent first: Articles 3 and 4 and the
 * initial Article 7 report. One key orders them: the days left, counted to the last day a partial
 * deadline can mean, so every overdue row (negative days) comes before every row still in time,
 * the longest overdue first; rows without a deadline come last.
 */
export async function listDeadlines(db: Executor, today: string, locale = 'en'): Promise<DeadlineRow[]> {
  const views = await listStates(db, today, { status: 'state_party', locale });
  const compare = compareText(locale);
  const rows: DeadlineRow[] = [];
  for (const v of views) {
    for (const o of v.obligations) {
      if (!o.timeBound || o.status !== 'open') continue;
      rows.push({
        state: { iso3: v.iso3, name: v.name, unRegion: v.unRegion, ccmStatus: v.ccmStatus },
        obligation: o,
      });
    }
  }
  const daysLeft = (r: DeadlineRow) => r.obligation.remaining?.days ?? Number.POSITIVE_INFINITY;
  return rows.sort(
    (a, b) =>
      (daysLeft(a) === daysLeft(b) ? 0 : daysLeft(a) < daysLeft(b) ? -1 : 1) ||
      compare(a.state.name, b.state.name),
  );
}

/**
 * For a verb naming a State: a ValidationError with `refusal` (the field and its message) unless
 * the State is in the registry, said at the field rather than as a database error.
 */
export async function requireRegisteredState(
  db: Executor,
  iso3: string,
  refusal: FieldErrors,
): Promise<void> {
  const [row] = await db.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3));
  if (!row) throw new ValidationError(refusal);
}

/** The registry's name of each State among `codes`, by code (a code it does not know is left out). */
export async function registryNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ iso3: states.iso3, name: states.name })
    .from(states)
    .where(inArray(states.iso3, unique));
  return new Map(rows.map((r) => [r.iso3, r.name]));
}

/** Codes and names for pickers: each name in the reader's language, in its alphabetical order. */
export async function listStateNames(
  db: Executor,
  locale = 'en',
): Promise<Array<{ iso3: string; name: string }>> {
  const rows = await db
    .select({ iso3: states.iso3, name: states.name })
    .from(states)
    .orderBy(asc(states.iso3));
  return localiseStates(locale, rows);
}
