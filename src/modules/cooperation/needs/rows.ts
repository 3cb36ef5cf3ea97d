import { type NeedFact, statedNeedParts } from '../../reports/index.js';
import { type Area, type AssistanceType, areas, assistanceTypes } from '../shared/vocabulary.js';
import { matchKeyOf } from './match-key.js';

/**
 * The one rule by which a report's stated needs (read through the reports module's `reportFacts`)
 * become needs, for the register (sync-needs-from-report.ts) and the year summary (derive.ts) alike (pure). A row
 * with neither area nor description is a blank row and is skipped. A row without area is filed
 * under `other`; a row without description gets `fallbackDescription(area)`, so it still has a
 * stable key. Two rows with one key are one need: the first stands for it.
 */

export interface NeedFields {
  area: Area;
  type: AssistanceType | null;
  description: string;
  activitiesTimeframe: string | null;
  estimatedCost: number | null;
  currency: string | null;
  nationalContribution: number | null;
  planReference: string | null;
}

/** The parts of a need the State states and edits: those a report's need table states. */
export const needFieldKeys = statedNeedParts satisfies ReadonlyArray<keyof NeedFields>;

/** A need's stated parts, picked from a stored need (pure). */
export const needFieldsOf = (n: NeedFields): NeedFields => ({
  area: n.area,
  type: n.type,
  description: n.description,
  activitiesTimeframe: n.activitiesTimeframe,
  estimatedCost: n.estimatedCost,
  currency: n.currency,
  nationalContribution: n.nationalContribution,
  planReference: n.planReference,
});

export interface NeedRow extends NeedFields {
  /** 1-based, as a reader counts rows in the printed form. */
  row: number;
  /** Where the report states it. */
  source: NeedFact['source'];
  matchKey: string;
  /** The need of the register the row was pre-filled from, when it was. */
  needId: number | null;
  /** The consent to publish: true / false as answered, null when not answered. */
  publish: boolean | null;
}

const areaNames: Record<Area, string> = {
  art3: 'Article 3, stockpile destruction',
  art4: 'Article 4, clearance',
  risk_education: 'risk education',
  art5: 'Article 5, victim assistance',
  art7: 'Article 7, reporting',
  art9: 'Article 9, national measures',
  other: 'other',
};

/** Stored, not translated: it stands for what the State wrote, which was nothing. */
export const fallbackDescription = (area: Area) =>
  `Need for assistance (${areaNames[area]}); no description in the report.`;

/** The area, description and match key a stated need is filed under; null for a blank row. */
export function statedNeedKey(n: Pick<NeedFact, 'area' | 'description'>) {
  if (!n.area && !n.description) return null;
  const area: Area = areas.find((a) => a === n.area) ?? 'other';
  const text = n.description ?? fallbackDescription(area);
  return { area, text, matchKey: matchKeyOf(area, text) };
}

export function needRowsOf(facts: readonly NeedFact[]): NeedRow[] {
  const out: NeedRow[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    const key = statedNeedKey(fact);
    if (!key) continue;
    const { area, text, matchKey } = key;
    if (seen.has(matchKey)) continue;
    seen.add(matchKey);
    out.push({
      row: fact.source.row,
      source: fact.source,
      matchKey,
      area,
      type: assistanceTypes.find((t) => t === fact.type) ?? null,
      description: text,
      activitiesTimeframe: fact.activitiesTimeframe,
      estimatedCost: fact.estimatedCost,
      currency: fact.currency,
      nationalContribution: fact.nationalContribution,
      planReference: fact.planReference,
      needId: fact.registerId,
      publish: fact.publish,
    });
  }
  return out;
}
