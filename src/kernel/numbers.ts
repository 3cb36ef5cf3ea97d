import { z } from 'zod';
import { blankToNull, blankToUndefined } from './fields.js';
import { defaultLocale, type Locale, locales, translator } from './i18n/index.js';

/*
 * Numbers as people write them (decision 033). One parser reads a typed number in a language:
 * English "1,100,000.5", French "1 100 000,5", Spanish "1.100.000,5"; a space (also no-break and
 * narrow no-break) groups digits in every language, plain digits are always read. Anything that
 * could be read two ways ("1,5" in English, "1.5" in Spanish), misplaced groups ("1,00,000") and
 * exponents, currency signs or words are refused with `errors:number`, never guessed.
 */

/** The catalogue key of every refusal: the message shows how numbers are written in the reader's language. */
export const NUMBER_ERROR = 'errors:number';

interface Separators {
  decimal: string;
  /** Characters that group thousands, besides the space every language accepts. */
  group: string;
}

const separators: Record<Locale, Separators> = {
  en: { decimal: '.', group: ',' },
  fr: { decimal: ',', group: '' },
  es: { decimal: ',', group: '.' },
  // Arabic pages write Western digits (decision 031) with a decimal point and comma groups;
  // Arabic-Indic digits and the Arabic separators typed on an Arabic keyboard are read as those.
  ar: { decimal: '.', group: ',' },
};

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits, and the Arabic separators. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/** No-break space, narrow no-break space, thin space and figure space are read as a space. */
const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
/** A minus sign typed with the Unicode character rather than a hyphen. */
const MINUS = /^[-\u2212]/;

export type NumberReading = { value: number } | { error: typeof NUMBER_ERROR };

const refused = { error: NUMBER_ERROR } as const;

/** Digits grouped by threes with one separator (`1 100 000`, `1,100,000`), or digits alone. */
function readWhole(text: string, groupers: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const used = [...new Set(text.replace(/\d/g, ''))];
  if (used.length !== 1 || !groupers.includes(used[0]!)) return null;
  const parts = text.split(used[0]!);
  if (!/^\d{1,3}$/.test(parts[0]!) || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) return null;
  return Number(parts.join(''));
}

/**
 * Reads a typed number in a language, or says it cannot be read. Leading and trailing spaces are
 * ignored; the empty string is not a number (blank fields are handled before, see fields.ts).
 */
export function parseNumber(input: string, locale: Locale = defaultLocale): NumberReading {
  let text = westernDigits(input).replace(SPACES, ' ').trim();
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1);
  if (!/^[\d., ]+$/.test(text) || !/^\d/.test(text)) return refused;
  const { decimal, group } = separators[locale];
  const at = text.indexOf(decimal);
  const whole = at < 0 ? text : text.slice(0, at);
  const fraction = at < 0 ? '' : text.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fraction)) return refused;
  const value = readWhole(whole, ` ${group}`);
  if (value === null) return refused;
  const n = fraction === '' ? value : Number(`${value}.${fraction}`);
  if (!Number.isFinite(n)) return refused;
  return { value: negative && n !== 0 ? -n : n };
}

/**
 * A stored number as a form's box shows it in `locale`, so that it reads back the same: no grouping,
 * the language's decimal mark ("1234,5" in French), never an exponent.
 */
export function numberInputText(n: number, locale: Locale = defaultLocale): string {
  const s = /e/i.test(String(n))
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);
  return separators[locale].decimal === '.' ? s : s.replace('.', separators[locale].decimal);
}

// ---------------------------------------------------------------------------------------------
// The language numbers typed as text are read in while a verb's input is checked

let readingIn: Locale = defaultLocale;

/**
 * Runs `check` (a synchronous Zod parse) with typed numbers read in `locale`: `defineVerb` wraps its
 * input check in it with the caller's language (`ServiceContext.locale`), so `typedNumber` fields
 * read "1 100 000" from a French form and "1,100,000" from an English one. Outside, English.
 */
export function readingNumbersIn<T>(locale: Locale | undefined, check: () => T): T {
  const before = readingIn;
  readingIn = locale ?? defaultLocale;
  try {
    return check();
  } finally {
    readingIn = before;
  }
}

/** The language typed numbers are read in right now (see `readingNumbersIn`). */
export const numberLocale = (): Locale => readingIn;

/** A string read as a number in the current language; a number passes; anything else is left for Zod to refuse. */
export const toNumber = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const reading = parseNumber(v, readingIn);
  return 'value' in reading ? reading.value : v;
};

/** For `z.preprocess` before a `z.number()` that may be left empty: blank is null, a string is read as above. */
export const numberOrNull = (v: unknown): unknown => toNumber(blankToNull(v));

/** As `numberOrNull`, blank being undefined (a field simply left out of the input). */
export const numberOrUndefined = (v: unknown): unknown => toNumber(blankToUndefined(v));

// ---------------------------------------------------------------------------------------------
// Amounts that may be unknown (cooperation: a need's cost, an offer's yearly amount, a ledger entry)

/** A typed word as compared with the words of the catalogues: accents, case and spacing aside. */
export const foldWord = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The words that say an amount is not known, in every language (a form may be filled in one and an
 * API script written in another): the code `unknown`, and `common:unknown` of each catalogue
 * ("Not known", "Inconnu", "Desconocido", "غير معروف").
 */
const unknownWords = new Set([
  foldWord('unknown'),
  ...locales.map((l) => foldWord(translator(l)('common:unknown'))),
]);

/** True for a string that says the amount is not known ("unknown", "inconnu", "Desconocido", "غير معروف"). */
export const isUnknownWord = (v: unknown): boolean => typeof v === 'string' && unknownWords.has(foldWord(v));

/**
 * For `z.preprocess` before an amount that may be unknown: blank, null and the words for unknown are
 * null (an unknown amount, never 0); a string is read as a number in the current language.
 */
export const amountOrNull = (v: unknown): unknown => (isUnknownWord(v) ? null : numberOrNull(v));

/** As `amountOrNull`, an unknown amount being undefined (a verb input's optional field). */
export const amountOrUndefined = (v: unknown): unknown =>
  isUnknownWord(v) ? undefined : numberOrUndefined(v);

/**
 * A required number of a form or API body: a JSON number, or a string as people write it in the
 * caller's language; every refusal carries `message`, the field's own key.
 */
export const typedNumber = (message: string) => z.preprocess(toNumber, z.number({ message }));
