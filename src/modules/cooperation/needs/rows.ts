import type { ReportContent } from '../../reports/index.js';
import { type Area, type AssistanceType, areas, assistanceTypes } from '../shared/vocabulary.js';
import { matchKeyOf } from './match-key.js';

/**
 * The Form J `needs` rows of a report as need fields (pure). A row with neither area nor
 * description is a blank row and is skipped. A row without area is filed under `other`; a row
 * without description gets `fallbackDescription(area)`, so it still has a stable key.
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

export interface NeedRow extends NeedFields {
  /** 1-based, as a reader counts rows in the printed form. */
  row: number;
  matchKey: string;
  /** The need of the register the row was pre-filled from, when it was. */
  needId: number | null;
  /** The consent to publish: true / false as answered, null when not answered. */
  publish: boolean | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

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

export function needRowsOf(content: ReportContent): NeedRow[] {
  const table = content.forms.J?.values.needs;
  if (!Array.isArray(table)) return [];
  const out: NeedRow[] = [];
  const seen = new Set<string>();
  table.forEach((raw, i) => {
    const areaText = str(raw.area);
    const description = str(raw.description);
    if (!areaText && !description) return;
    const area: Area = areas.find((a) => a === areaText) ?? 'other';
    const typeText = str(raw.type);
    const text = description ?? fallbackDescription(area);
    const matchKey = matchKeyOf(area, text);
    // Two rows with one key are one need: the first row stands for it.
    if (seen.has(matchKey)) return;
    seen.add(matchKey);
    out.push({
      row: i + 1,
      matchKey,
      area,
      type: assistanceTypes.find((t) => t === typeText) ?? null,
      description: text,
      activitiesTimeframe: str(raw.activitiesTimeframe),
      estimatedCost: num(raw.estimatedCost),
      currency: str(raw.currency),
      nationalContribution: num(raw.nationalContribution),
      planReference: str(raw.planReference),
      needId: typeof raw.needId === 'number' && Number.isInteger(raw.needId) ? raw.needId : null,
      publish: raw.publish === 'yes' ? true : raw.publish === 'no' ? false : null,
    });
  });
  return out;
}
