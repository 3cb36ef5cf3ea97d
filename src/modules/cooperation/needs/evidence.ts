import type { NeedEntry } from '../../reports/index.js';
import type { Evidence, EvidenceCriterion } from './types.js';

/**
 * How evidence-based a request is (11MSP Progress Report §59: "no plan, no timeframe, no cost"), one point per
 * criterion, pure. The rules are deliberately simple so a State can predict its score:
 *
 * - plan: a plan reference is given (not blank, not a placeholder such as "n/a", "none", "-", "tbd");
 * - activities: the activities and timeframe text says something: at least 20 characters and 3
 *   words, not a placeholder;
 * - timeframe: the activities text or the description states a year (1990–2099), a date
 *   (2026-05-01, 1/5/2026), a quarter (Q3) or a duration written with digits (18 months, 2 years,
 *   6 mois, 3 años…);
 * - cost: an estimated cost above zero with its currency;
 * - nationalContribution: a national contribution above zero.
 */

export const evidenceCriteria: readonly EvidenceCriterion[] = [
  'plan',
  'activities',
  'timeframe',
  'cost',
  'nationalContribution',
];

/** The parts of a stated need its evidence is read from: all but its area and type. */
export type EvidenceFacts = Pick<
  NeedEntry,
  | 'description'
  | 'activitiesTimeframe'
  | 'estimatedCost'
  | 'currency'
  | 'nationalContribution'
  | 'planReference'
>;

const PLACEHOLDER =
  /^(n\/?a|none|nil|no|non|ninguno|aucun|-+|\.+|\?+|tbd|tbc|unknown|not applicable|to be determined)$/i;

const given = (s: string | null | undefined): s is string => {
  const v = (s ?? '').trim();
  return v !== '' && !PLACEHOLDER.test(v);
};

const YEAR = /\b(19|20)\d{2}\b/;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
const QUARTER = /\b[QT][1-4]\b/i;
const DURATION =
  /\b\d+\s*(years?|yrs?|months?|weeks?|days?|ans?|années?|mois|semaines?|jours?|años?|meses?|semanas?|días?|dias?)\b/i;

export const statesTimeframe = (text: string | null | undefined): boolean => {
  const v = text ?? '';
  return YEAR.test(v) || DATE.test(v) || QUARTER.test(v) || DURATION.test(v);
};

export const describesActivities = (text: string | null | undefined): boolean => {
  if (!given(text)) return false;
  const v = text.trim();
  return v.length >= 20 && v.split(/\s+/).length >= 3;
};

const positive = (n: number | null | undefined) => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function scoreEvidence(f: EvidenceFacts): Evidence {
  const checks: Record<EvidenceCriterion, boolean> = {
    plan: given(f.planReference),
    activities: describesActivities(f.activitiesTimeframe),
    timeframe: statesTimeframe(f.activitiesTimeframe) || statesTimeframe(f.description),
    cost: positive(f.estimatedCost) && given(f.currency),
    nationalContribution: positive(f.nationalContribution),
  };
  const met = evidenceCriteria.filter((c) => checks[c]);
  const missing = evidenceCriteria.filter((c) => !checks[c]);
  return { score: met.length, max: 5, met, missing };
}
