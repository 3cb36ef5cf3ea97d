import {
  getTemplate,
  type ReportFacts,
  reportFacts,
  type StandingSubmission,
  type TableFact,
} from '../reports/index.js';
import type { Figure, FigureSource, Quantity, RiskArticle, YearFigures } from './risk.js';

/*
 * What a standing report says for the risk projection, read only through the reports module's
 * content adapter (`reportFacts`, by meaning — decision 015), never by a content key. Pure.
 * A quantity is a figure only when at least one row states it: a table left empty says nothing,
 * which is not the same as zero.
 */

type Report = Pick<StandingSubmission, 'reportId' | 'year' | 'version' | 'demonstration' | 'content'>;
type MunitionRow = TableFact<'stockpiles'>;

function sourceOf(
  r: Report,
  form: string,
  table: string | null,
  field: string | null,
  rows: number[],
): FigureSource {
  return {
    reportId: r.reportId,
    year: r.year,
    version: r.version,
    demonstration: r.demonstration,
    form,
    table,
    field,
    rows,
  };
}

/** The sum of one part over the rows that state it, or nothing when no row does. */
function summed<R extends { source: { form: string; table: string; row: number } }>(
  r: Report,
  rows: readonly R[],
  quantity: Quantity,
  part: (row: R) => number | null,
): Figure | undefined {
  const stated = rows.filter((row) => part(row) !== null);
  const first = stated[0];
  if (!first) return undefined;
  return {
    quantity,
    value: stated.reduce((a, row) => a + (part(row) as number), 0),
    source: sourceOf(
      r,
      first.source.form,
      first.source.table,
      null,
      stated.map((row) => row.source.row),
    ),
  };
}

function munitions(r: Report, rows: readonly MunitionRow[]): Partial<Record<Quantity, Figure>> {
  const out: Partial<Record<Quantity, Figure>> = {};
  const m = summed(r, rows, 'munitions', (row) => row.munitions);
  const s = summed(r, rows, 'submunitions', (row) => row.submunitions);
  if (m) out.munitions = m;
  if (s) out.submunitions = s;
  return out;
}

function remainingArea(r: Report, facts: ReportFacts): Figure | undefined {
  if (facts.remainingContaminatedArea !== null) {
    const where = getTemplate(r.content.template).meanings.fields.remainingContaminatedArea;
    if (where)
      return {
        quantity: 'area',
        value: facts.remainingContaminatedArea,
        source: sourceOf(r, where.form, null, 'remainingContaminatedArea', []),
      };
  }
  // Without the total, the areas the State lists as contaminated, added up.
  return summed(r, facts.contaminatedAreas, 'area', (row) => row.area);
}

/** One report's figures for an Article 3 (Form B) or Article 4 (Form F) obligation. */
export function yearFigures(article: RiskArticle, r: Report): YearFigures {
  const facts = reportFacts(r.content);
  const head = { reportId: r.reportId, year: r.year, version: r.version, demonstration: r.demonstration };
  if (article === 3)
    return {
      ...head,
      remaining: munitions(r, facts.stockpiles),
      done: munitions(r, facts.destroyed),
      doneRepeated: facts.formStatus.destroyed === 'unchanged',
    };
  const remaining = remainingArea(r, facts);
  const cleared = summed(r, facts.clearedAreas, 'area', (row) => row.area);
  return {
    ...head,
    remaining: remaining ? { area: remaining } : {},
    done: cleared ? { area: cleared } : {},
    doneRepeated: facts.formStatus.clearedAreas === 'unchanged',
  };
}
