import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';

/**
 * Every interface language, in the order the language switcher shows them. Adding one (Chinese and
 * Russian are the other UN languages of the reporting template) is one entry here plus its folder
 * src/locales/<code>/; it is offered to readers only once `offered` is true, which the catalogue test
 * allows only when every English key is translated. `intl` is the locale Intl formats dates and
 * numbers with (docs/decisions/031-arabic.md), `name` the language in its own name.
 */
export const languages = [
  { code: 'en', name: 'English', intl: 'en-GB', dir: 'ltr', offered: true },
  { code: 'fr', name: 'Français', intl: 'fr-FR', dir: 'ltr', offered: true },
  { code: 'es', name: 'Español', intl: 'es-ES', dir: 'ltr', offered: true },
  { code: 'ar', name: 'العربية', intl: 'ar-u-nu-latn', dir: 'rtl', offered: true },
] as const satisfies readonly Language[];

interface Language {
  /** ISO 639-1 code: the folder under src/locales, the `lang` attribute and the `?lang=` value. */
  code: string;
  name: string;
  intl: string;
  dir: 'ltr' | 'rtl';
  offered: boolean;
}

type Offered<L> = L extends { code: infer C; offered: true } ? C : never;
export type Locale = Offered<(typeof languages)[number]>;

/** The languages readers can choose: those marked offered, in list order. */
export const locales = languages.filter((l) => l.offered).map((l) => l.code as Locale) as readonly Locale[];
export const defaultLocale: Locale = 'en';

const byCode = new Map<string, Language>(languages.map((l) => [l.code, l]));

/** The language in its own name (العربية, Français), whatever the reader's language; the code when unknown. */
export const languageName = (code: string): string => byCode.get(code)?.name ?? code;

/** The writing direction of a language: 'rtl' for Arabic. */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => byCode.get(locale)?.dir ?? 'ltr';

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (locales as readonly string[]).includes(v);

const cataloguesDir = fileURLToPath(new URL('../../locales', import.meta.url));

type Catalogue = Record<string, Record<string, unknown>>;

/** Reads src/locales/<locale>/<namespace>.json: one namespace per module, so modules never edit one file. */
export function loadCatalogues(): Record<Locale, Catalogue> {
  const out = {} as Record<Locale, Catalogue>;
  for (const locale of locales) {
    const dir = path.join(cataloguesDir, locale);
    const catalogue: Catalogue = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      catalogue[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    }
    out[locale] = catalogue;
  }
  return out;
}

const resources = loadCatalogues();
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  ns: Object.keys(resources.en),
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // hono/jsx escapes on output
  returnNull: false,
});

export type Translate = TFunction;

const MEMO_LIMIT = 20_000;
const translators = new Map<Locale, Translate>();

/**
 * A translator for one locale. i18next takes ~15 µs a call and a page makes hundreds, so results
 * are memoised per key and options (catalogues never change while the process runs).
 */
export function translator(locale: Locale): Translate {
  const existing = translators.get(locale);
  if (existing) return existing;
  const fixed = instance.getFixedT(locale);
  const memo = new Map<string, string>();
  const memoised = ((key: string | string[], options?: unknown) => {
    const id = options === undefined ? String(key) : `${String(key)}\u0000${JSON.stringify(options)}`;
    let out = memo.get(id);
    if (out === undefined) {
      out = (fixed as (k: string | string[], o?: unknown) => string)(key, options);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(id, out);
    }
    return out;
  }) as unknown as Translate;
  translators.set(locale, memoised);
  translatorLocales.set(memoised, locale);
  return memoised;
}

const translatorLocales = new WeakMap<Translate, Locale>();

/** The language a translator of `translator()` speaks (English for any other function). */
export const localeOf = (t: Translate): Locale => translatorLocales.get(t) ?? defaultLocale;

/** Picks the locale: explicit choice (cookie or query), else the browser's preference, else English. */
export function negotiateLocale(choice: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(choice)) return choice;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

/** The Intl locale for each interface language: UN English writes "1 May 2026", day first. */
export const intlLocale = (locale: Locale): string => byCode.get(locale)?.intl ?? locale;

const dateFormats = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than using one: keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Formats a full or partial ISO date (YYYY-MM-DD, YYYY-MM, YYYY) in the reader's language. */
export function formatDate(locale: Locale, value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  if (value instanceof Date) {
    return cached(
      `${locale}:instant`,
      () =>
        new Intl.DateTimeFormat(intlLocale(locale), {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
        }),
    ).format(value);
  }
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  const padded = precision === 'year' ? `${value}-01-01` : precision === 'month' ? `${value}-01` : value;
  const d = new Date(`${padded}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return cached(
    `${locale}:${precision}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { ...dateFormats[precision], timeZone: 'UTC' }),
  ).format(d);
}

export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions): string {
  const make = () => new Intl.NumberFormat(intlLocale(locale), opts);
  return (opts ? make() : cached(`${locale}:number`, make)).format(n);
}
