import { reportFacts, type StandingSubmission } from '../reports/index.js';
import type { RequestArticle } from './rules.js';

/*
 * What a State's standing reports give an extension request, read only through the reports
 * module's content adapter (`reportFacts`, by meaning; decision 015), each value with the report,
 * form, table and rows it came from. Pure. A value no report states is left out (unknown, never 0).
 */

type Report = Pick<StandingSubmission, 'reportId' | 'year' | 'version' | 'kind' | 'content'>;

export interface Prefilled {
  field: string;
  value: number | string;
  reportId: number | null;
  reportYear: number | null;
  reportVersion: number | null;
  form: string | null;
  tableName: string | null;
  rows: number[];
  /** How the value was reached: `row` (as stated), `sum` (rows added), `difference`, `register`. */
  basis: string;
}

interface Row {
  source: { form: string; table: string; row: number };
}

function summed<R extends Row>(
  field: string,
  r: Report,
  rows: readonly R[],
  part: (row: R) => number | null,
): Prefilled | null {
  const stated = rows.filter((row) => part(row) !== null);
  const first = stated[0];
  if (!first) return null;
  return {
    field,
    value: stated.reduce((a, row) => a + (part(row) as number), 0),
    reportId: r.reportId,
    reportYear: r.year,
    reportVersion: r.version,
    form: first.source.form,
    tableName: first.source.table,
    rows: stated.map((row) => row.source.row),
    basis: stated.length > 1 ? 'sum' : 'row',
  };
}

/** Sums a figure over every report that states it (work done across years); the latest report is the source. */
function acrossReports(values: Array<Prefilled | null>): Prefilled | null {
  const stated = values.filter((v): v is Prefilled => v !== null);
  const last = stated.at(-1);
  if (!last) return null;
  if (stated.length === 1) return last;
  return {
    ...last,
    value: stated.reduce((a, v) => a + (v.value as number), 0),
    basis: `sum of ${stated.map((v) => v.reportYear).join(', ')}`,
  };
}

/** The elements a State's standing reports give, with their sources. Reports in any order. */
export function prefillFromReports(article: RequestArticle, reports: readonly Report[]): Prefilled[] {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  const facts = sorted.map((r) => ({ r, f: reportFacts(r.content) }));
  const first = facts[0];
  const last = facts.at(-1);
  if (!first || !last) return [];
  const out: Array<Prefilled | null> = [];
  // Form F and B forms marked unchanged repeat last year's rows: not counted twice.
  if (article === 4) {
    // At entry into force: the initial report's figures when it stands, else the earliest report's (said so).
    const atEif =
      summed('areaAtEntryIntoForce', first.r, first.f.contaminatedAreas, (x) => x.area) ??
      (first.f.remainingContaminatedArea !== null
        ? {
            field: 'areaAtEntryIntoForce',
            value: first.f.remainingContaminatedArea,
            reportId: first.r.reportId,
            reportYear: first.r.year,
            reportVersion: first.r.version,
            form: 'F',
            tableName: null,
            rows: [],
            basis: 'field',
          }
        : null);
    out.push(
      atEif && first.r.kind !== 'initial' ? { ...atEif, basis: `${atEif.basis}, earliest report` } : atEif,
    );
    const remainingField =
      last.f.remainingContaminatedArea !== null
        ? ({
            field: 'areaRemaining',
            value: last.f.remainingContaminatedArea,
            reportId: last.r.reportId,
            reportYear: last.r.year,
            reportVersion: last.r.version,
            form: 'F',
            tableName: null,
            rows: [],
            basis: 'field',
          } satisfies Prefilled)
        : summed('areaRemaining', last.r, last.f.contaminatedAreas, (x) => x.area);
    out.push(remainingField);
    out.push(
      acrossReports(
        facts
          .filter(({ f }) => f.formStatus.clearedAreas !== 'unchanged')
          .map(({ r, f }) => summed('areaCleared', r, f.clearedAreas, (x) => x.area)),
      ),
    );
  } else {
    out.push(summed('munitionsAtEntryIntoForce', first.r, first.f.stockpiles, (x) => x.munitions));
    out.push(summed('submunitionsAtEntryIntoForce', first.r, first.f.stockpiles, (x) => x.submunitions));
    out.push(summed('munitionsRemaining', last.r, last.f.stockpiles, (x) => x.munitions));
    out.push(summed('submunitionsRemaining', last.r, last.f.stockpiles, (x) => x.submunitions));
    const counted = facts.filter(({ f }) => f.formStatus.destroyed !== 'unchanged');
    out.push(
      acrossReports(
        counted.map(({ r, f }) => summed('munitionsDestroyed', r, f.destroyed, (x) => x.munitions)),
      ),
    );
    out.push(
      acrossReports(
        counted.map(({ r, f }) => summed('submunitionsDestroyed', r, f.destroyed, (x) => x.submunitions)),
      ),
    );
  }
  // Form I: the State's own resources, as listed in its latest report.
  const resources = last.f.nationalResources.filter((x) => x.amount !== null || x.description !== null);
  const firstResource = resources[0];
  if (firstResource)
    out.push({
      field: 'nationalResources',
      value: resources
        .map((x) =>
          [x.year, x.area, x.description, x.amount !== null ? `${x.amount} ${x.currency ?? ''}`.trim() : null]
            .filter((p) => p !== null && p !== '')
            .join(' — '),
        )
        .join('\n'),
      reportId: last.r.reportId,
      reportYear: last.r.year,
      reportVersion: last.r.version,
      form: firstResource.source.form,
      tableName: firstResource.source.table,
      rows: resources.map((x) => x.source.row),
      basis: 'row',
    });
  return out.filter((v): v is Prefilled => v !== null);
}

/**
 * Contamination found since entry into force, where the reports give what was there at first, what
 * was cleared and what remains: remaining + cleared − at entry into force, when that is positive.
 */
export function foundSince(values: readonly Prefilled[]): Prefilled | null {
  const get = (f: string) => values.find((v) => v.field === f);
  const atEif = get('areaAtEntryIntoForce');
  const cleared = get('areaCleared');
  const remaining = get('areaRemaining');
  // Only from a figure of the situation at entry into force (the initial report), never the earliest annual one.
  if (!atEif || !cleared || !remaining || atEif.basis.includes('earliest')) return null;
  const found = (remaining.value as number) + (cleared.value as number) - (atEif.value as number);
  if (found <= 0) return null;
  return { ...remaining, field: 'areaFoundSince', value: found, basis: 'difference' };
}
