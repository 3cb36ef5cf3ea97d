import { formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { compareText } from '../../../kernel/i18n/state-names.js';
import type { IndicatorResult } from '../compute.js';
import { type Evidence, evidenceLabel, type Figure, type Section } from '../model.js';

/*
 * The words of a figure, shared by the Word document and the workbook: the indicator's text and
 * section title from the progress catalogue, a figure as seed 004 prints it ("07", "81 out of 237",
 * "199 cluster munitions and 15,539 explosive submunitions"), and an unknown figure as the word
 * for unknown with its reason — never 0.
 */

/** The indicator's words (`progress:indicators.<id>`), without the closing stop seed 004 leaves off. */
export const indicatorText = (t: Translate, id: string): string =>
  t(`progress:indicators.${id}`).replace(/[\s.;]+$/, '');

export const sectionTitle = (t: Translate, section: Section): string => t(`progress:sections.${section}`);

/** Why a figure has no value, in words (`progress:noData.<key>`). */
export const noDataText = (t: Translate, figure: Figure): string =>
  figure.noData ? t(`progress:noData.${figure.noData}`) : '';

/** A count as seed 004 prints it: two digits below ten ("07", "00"), else in the reader's style. */
export function countText(locale: Locale, n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(locale, n);
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "A, B and C" in the reader's language. */
export function listText(locale: Locale, items: string[]): string {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(items);
}

/** The number a row of the results table starts with; null when the figure is unknown. */
export function valueText(t: Translate, locale: Locale, figure: Figure): string | null {
  if (figure.value === null) return null;
  if (figure.parts?.length)
    return listText(
      locale,
      figure.parts.map((p) => t(`progressExports:units.${p.unit}`, { n: formatNumber(locale, p.value) })),
    );
  return countText(locale, figure.value);
}

/** "81 out of 237", when the figure has a population to be counted out of. */
export function outOfText(t: Translate, locale: Locale, figure: Figure): string | null {
  if (figure.value === null || figure.denominator === null || figure.parts?.length) return null;
  return t('progressExports:outOf', {
    value: formatNumber(locale, figure.value),
    of: formatNumber(locale, figure.denominator),
  });
}

/** What a list of counted units needs of each: its name, and its share when the figure sums quantities. */
export type CountedUnit = Pick<Evidence, 'label' | 'amount'> & { iso3?: string | null };

export type CountedNoun = 'states' | 'statesNotParty' | 'delegations' | 'other' | 'requests' | 'quantities';

/** What the units behind a figure are called in the sentence that lists them. */
export function nounOf(ind: IndicatorResult, counted: readonly CountedUnit[]): CountedNoun {
  if (counted.some((e) => e.amount !== undefined)) return 'quantities';
  switch (ind.computed.unit) {
    case 'states':
      return ind.population === 'states_not_party' ? 'statesNotParty' : 'states';
    case 'delegations':
      return 'delegations';
    case 'requests':
      return 'requests';
    default:
      return 'other';
  }
}

/** The units a figure counts, sorted by name in the reader's language, with each one's share when it sums quantities. */
export function countedList(locale: Locale, counted: readonly CountedUnit[]): string[] {
  const compare = compareText(locale);
  return counted
    .map((e) => ({ ...e, label: evidenceLabel(locale, e) }))
    .sort((a, b) => compare(a.label, b.label))
    .map((e) => (e.amount !== undefined ? `${e.label} (${formatNumber(locale, e.amount)})` : e.label));
}

/** The indicators of one section grouped by action, in the order of the catalogue (seed 004's). */
export function actionsOf<I extends IndicatorResult>(
  indicators: readonly I[],
  section: Section,
): Array<{ action: number; indicators: I[] }> {
  const out: Array<{ action: number; indicators: I[] }> = [];
  for (const ind of indicators) {
    if (ind.section !== section) continue;
    const group = out.find((g) => g.action === ind.action);
    if (group) group.indicators.push(ind);
    else out.push({ action: ind.action, indicators: [ind] });
  }
  return out;
}
