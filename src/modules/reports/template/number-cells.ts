import { formatNumber, type Locale, locales, translator } from '../../../kernel/i18n/index.js';
import { foldWord, numberInputText, parseNumber } from '../../../kernel/numbers.js';
import type { ScalarField, ScalarValue } from './types.js';

/*
 * What a number field of a report holds (decision 033): a figure; or, instead of one, that the
 * State does not know it (`unknown`) or did not report it (`not_reported`), stored as those words,
 * never as 0 and never as blank. An area may be given in m², hectares or km²: the cell keeps square
 * metres, for every computation, and the figure as given sits beside it under `<key>@given`
 * ("12.5 km2"), for every reader.
 */

export const numberStates = ['unknown', 'not_reported'] as const;
export type NumberState = (typeof numberStates)[number];
export const isNumberState = (v: unknown): v is NumberState =>
  typeof v === 'string' && (numberStates as readonly string[]).includes(v);

/** The units an area may be given in, with their size in square metres; m² is the template's own. */
export const areaUnits = { m2: 1, ha: 10_000, km2: 1_000_000 } as const;
export type AreaUnit = keyof typeof areaUnits;
const isAreaUnit = (v: unknown): v is AreaUnit => typeof v === 'string' && Object.hasOwn(areaUnits, v);
export const areaUnitList = Object.keys(areaUnits) as AreaUnit[];

type NumberField = Extract<ScalarField, { kind: 'number' }>;
export const isAreaField = (f: ScalarField): boolean => f.kind === 'number' && f.unitKind === 'area';

/** The key beside an area cell that keeps the figure as given when it was not in m². */
export const givenKey = (key: string) => `${key}@given`;

/** What a posted number field is given as: the select beside its box (a unit, or a state). */
export const AS_SUFFIX = '.as';

/** Catalogue keys of the words, per reader's language. */
export const numberStateLabel = (s: NumberState) => `reports:numberState.${s}`;
export const areaUnitLabel = (u: AreaUnit) => `reports:areaUnit.${u}`;

const fold = foldWord;

/** Every way a state may be typed: its code, and its word in each language (a workbook may travel). */
const stateWords = new Map<string, NumberState>();
for (const s of numberStates) {
  stateWords.set(fold(s), s);
  for (const l of locales) stateWords.set(fold(translator(l)(numberStateLabel(s))), s);
}
/** A state typed as a word ("unknown", "inconnu", "no comunicado"), or undefined. */
export const stateOfWord = (text: string): NumberState | undefined => stateWords.get(fold(text));

const UNIT_SUFFIX = /^(.*?)\s*(m²|m2|ha|km²|km2)$/i;
const unitOf = (s: string): AreaUnit => s.toLowerCase().replace('²', '2') as AreaUnit;

/** A figure in an area unit as square metres: decimals of the unit survive (12.5 km² is 12,500,000 m²). */
export const toSquareMetres = (figure: number, unit: AreaUnit): number =>
  Number((figure * areaUnits[unit]).toPrecision(15));

/** A number cell read: its stored value, the figure as given for an area not in m², or the error key. */
export type NumberReading =
  | { value: number | NumberState | null; given?: string }
  | { error: 'number' | 'choice' };

/**
 * Reads a number cell typed as text (a form, a workbook's text cell, an API string) in `locale`:
 * a state's code or word, a figure as the language writes it, and for an area a unit after the
 * figure ("12,5 km²") or in `as` (the select beside the box). `as` may also be a state.
 */
export function readNumberText(field: NumberField, text: string, locale: Locale, as = ''): NumberReading {
  const s = text.trim();
  if (isNumberState(as)) return s === '' ? { value: as } : { error: 'number' };
  if (as !== '' && !(isAreaField(field) && isAreaUnit(as))) return { error: 'choice' };
  if (s === '') return { value: null };
  const state = stateOfWord(s);
  if (state) return { value: state };
  let figure = s;
  let unit: AreaUnit = isAreaUnit(as) ? as : 'm2';
  const suffix = isAreaField(field) ? UNIT_SUFFIX.exec(s) : null;
  if (suffix) {
    figure = suffix[1]!;
    unit = unitOf(suffix[2]!);
  }
  const reading = parseNumber(figure, locale);
  if ('error' in reading) return { error: 'number' };
  if (unit === 'm2') return { value: reading.value };
  return { value: toSquareMetres(reading.value, unit), given: `${reading.value} ${unit}` };
}

/** The figure and unit of a `<key>@given` entry, or undefined when it is not one. */
export function parseGiven(given: unknown): { figure: number; unit: AreaUnit } | undefined {
  if (typeof given !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?) (ha|km2)$/.exec(given);
  return m ? { figure: Number(m[1]), unit: m[2] as AreaUnit } : undefined;
}

/** What a stored number cell shows in a form: the box's text and the select's choice. */
export function numberFieldText(
  field: ScalarField,
  value: ScalarValue | undefined,
  given: unknown,
  locale: Locale,
): { text: string; as: string } {
  if (isNumberState(value)) return { text: '', as: value };
  if (typeof value !== 'number') return { text: value ?? '', as: '' };
  const g = isAreaField(field) ? parseGiven(given) : undefined;
  if (g) return { text: numberInputText(g.figure, locale), as: g.unit };
  return { text: numberInputText(value, locale), as: isAreaField(field) ? 'm2' : '' };
}

/** A year, or any integer the template bounds below by 1000 or more: never grouped ("2022", not "2,022"). */
export const isYearLike = (field: ScalarField) =>
  field.kind === 'number' && !!field.integer && field.min !== undefined && field.min >= 1000;

/**
 * A stored number as a reader sees it, in the reader's language: "1,100,000", "2022", "Unknown",
 * and an area given in another unit with that figure beside it ("12,500,000 m² (12.5 km²)").
 */
export function formatNumberCell(
  field: ScalarField,
  value: ScalarValue | undefined,
  given: unknown,
  locale: Locale,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (isNumberState(value)) return translator(locale)(numberStateLabel(value));
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const t = translator(locale);
  // Intl rounds to three decimals by default; a reported figure is shown as given.
  const text = isYearLike(field)
    ? String(value)
    : formatNumber(locale, value, Number.isInteger(value) ? undefined : { maximumFractionDigits: 10 });
  if (!isAreaField(field)) return text;
  const g = parseGiven(given);
  const m2 = `${text} ${t(areaUnitLabel('m2'))}`;
  return g
    ? `${m2} (${formatNumber(locale, g.figure, { maximumFractionDigits: 10 })} ${t(areaUnitLabel(g.unit))})`
    : m2;
}
