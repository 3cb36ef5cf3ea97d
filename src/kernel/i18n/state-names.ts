import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries, { type LocaleData } from 'i18n-iso-countries';

/**
 * The United Nations short names of States, by ISO3 code, in any language: the UN's own form where
 * the i18n-iso-countries package writes it otherwise (`un-state-names.json`, each entry with its
 * source), else the package's name in that language, else the English one. A language code is
 * read by its primary subtag (`fr-CH` is French); a language with no names reads English.
 */

/** The languages whose package names are loaded: the six official languages of the United Nations. */
const nameLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
const require = createRequire(import.meta.url);
for (const lang of nameLanguages) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as LocaleData);
}

interface Correction {
  iso3: string;
  names: Record<string, string>;
  source: string;
}

const correctionsFile = new URL('./un-state-names.json', import.meta.url);
/** The UN's short names where the package differs, with their source (read once). */
export const stateNameCorrections: readonly Correction[] = (
  JSON.parse(readFileSync(correctionsFile, 'utf8')) as { corrections: Correction[] }
).corrections;

const corrected = new Map<string, string>();
for (const c of stateNameCorrections) {
  for (const [lang, name] of Object.entries(c.names)) corrected.set(`${lang}:${c.iso3}`, name);
}

/** `fr-CH` → `fr`; an empty or odd code reads as English. */
function languageOf(locale: string): string {
  const lang = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
}

function lookup(lang: string, iso3: string): string | undefined {
  return corrected.get(`${lang}:${iso3}`) ?? countries.getName(iso3, lang) ?? undefined;
}

const names = new Map<string, string | null>();

/**
 * A State's name in the reader's language: the UN short name for `iso3`, else the package's,
 * else the English UN name, else `fallback` (the registry's name), else the code itself.
 */
export function stateName(locale: string, iso3: string, fallback?: string | null): string {
  const code = iso3.trim().toUpperCase();
  const lang = languageOf(locale);
  const key = `${lang}:${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = /^[A-Z]{3}$/.test(code) ? (lookup(lang, code) ?? lookup('en', code) ?? null) : null;
    names.set(key, name);
  }
  return name ?? fallback ?? iso3;
}

/** The name in every language the platform writes, for search and for the API (`names`). */
export function stateNamesOf(
  iso3: string,
  fallback?: string | null,
): Record<'en' | 'fr' | 'es' | 'ar', string> {
  const name = (lang: string) => stateName(lang, iso3, fallback);
  return { en: name('en'), fr: name('fr'), es: name('es'), ar: name('ar') };
}

/** Lower case, accents and other marks removed: "Líbano" and "libano" fold alike. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Whether `query` names the State in any language (or is its code), accents and case aside:
 * "Liban", "Líbano", "Lebanon", "لبنان" and "lbn" all find Lebanon. An empty query matches.
 */
export function stateMatches(query: string, iso3: string, fallback?: string | null): boolean {
  const q = foldForSearch(query);
  if (q === '') return true;
  const candidates = [iso3, ...(fallback ? [fallback] : []), ...Object.values(stateNamesOf(iso3, fallback))];
  return candidates.some((name) => foldForSearch(name).includes(q));
}

const collators = new Map<string, Intl.Collator>();

/** The reader's alphabetical order (one `Intl.Collator` per language, built once). */
export function collatorFor(locale: string): Intl.Collator {
  const lang = languageOf(locale);
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** Compares two texts in the reader's order: `names.sort(compareText('fr'))`. */
export function compareText(locale: string): (a: string, b: string) => number {
  return collatorFor(locale).compare;
}

/**
 * Rows named by a State, each given its name in the reader's language (`name`) and sorted by it;
 * ties keep their order (the SQL's). The rows' own `name`, if any, is the fallback.
 */
export function localiseStates<T extends { iso3: string; name?: string | null }>(
  locale: string,
  rows: readonly T[],
): (T & { name: string })[] {
  const compare = compareText(locale);
  return rows
    .map((row) => ({ ...row, name: stateName(locale, row.iso3, row.name) }))
    .sort((a, b) => compare(a.name, b.name));
}

/** Sorts rows by the State each names, in the reader's language (a stable sort: ties keep their order). */
export function byStateName<T>(locale: string, nameOf: (row: T) => string): (a: T, b: T) => number {
  const compare = compareText(locale);
  return (a, b) => compare(nameOf(a), nameOf(b));
}

/** A party that is a State (`iso3` set) or not (an organisation): a State by its name in the reader's language. */
export function partyName(locale: string, iso3: string | null | undefined, name: string): string {
  return iso3 ? stateName(locale, iso3, name) : name;
}
