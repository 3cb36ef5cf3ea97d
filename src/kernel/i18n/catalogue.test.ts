import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, loadCatalogues, locales } from './index.js';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const catalogues = loadCatalogues();
const flat = Object.fromEntries(
  locales.map((l) => {
    const m = new Map<string, string>();
    for (const [ns, tree] of Object.entries(catalogues[l]))
      for (const [k, v] of flatten(tree as Tree)) m.set(`${ns}:${k}`, v);
    return [l, m];
  }),
) as Record<(typeof locales)[number], Map<string, string>>;

/** Placeholders a translation must keep: in the zero, one and two forms (Arabic "اجتماعان", two
 * meetings) the word says the number, so the number itself ({{count}}, {{n}}, {{figure}}) may go. */
const placeholders = (s: string, key?: string) =>
  [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .filter((p) => !(key && /_(zero|one|two)$/.test(key) && ['count', 'n', 'figure'].includes(p ?? '')))
    .sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

/** English plural keys ("x_one", "x_other"), by their base ("x"). */
const englishPlurals = new Set(
  [...flat.en.keys()].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')),
);

/**
 * The plural forms i18next picks in a language for the counts pages show (0 to 1,000): Arabic needs
 * zero, one, two, few, many and other; French and Spanish one and other.
 */
function pluralForms(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const forms = new Set<string>();
  for (let n = 0; n <= 1000; n++) forms.add(rules.select(n));
  return forms;
}

/** Every key a translation must have: English's, with each plural base in the language's own forms. */
function expectedKeys(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const forms = pluralForms(locale);
  for (const [k, v] of flat.en) {
    const base = k.replace(/_(one|other)$/, '');
    if (base === k || !englishPlurals.has(base)) {
      out.set(k, v);
      continue;
    }
    // The English text with {{count}} stands for every form; "x_one" alone may drop the number.
    const other = flat.en.get(`${base}_other`) ?? v;
    for (const f of forms) if (!out.has(`${base}_${f}`)) out.set(`${base}_${f}`, f === 'one' ? v : other);
  }
  return out;
}

const translated = locales.filter((l) => l !== 'en');

describe('translation catalogues', () => {
  it('lists each language once, English offered, each offered one with a folder of catalogues', () => {
    const codes = languages.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(locales).toContain('en');
    for (const l of locales) expect(Object.keys(catalogues[l]).length, l).toBeGreaterThan(0);
  });

  it('every offered language has every English string, in its plural forms, with the same placeholders', () => {
    for (const l of translated) {
      const missing: string[] = [];
      const wrong: string[] = [];
      for (const [k, v] of expectedKeys(l)) {
        const other = flat[l].get(k);
        if (other === undefined || other.trim() === '') missing.push(k);
        else if (placeholders(other, k).join() !== placeholders(v, k).join()) wrong.push(k);
      }
      expect(missing, `${l}: missing keys`).toEqual([]);
      expect(wrong, `${l}: placeholders differ`).toEqual([]);
    }
  });

  it('Arabic plural keys have all six forms, so no count falls back to English', () => {
    expect([...pluralForms('ar')].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(expectedKeys('ar').has('common:nav.count_few')).toBe(true);
  });

  it('no catalogue has keys that English lacks (stale translations)', () => {
    for (const l of translated) {
      const expected = expectedKeys(l);
      const extra = [...flat[l].keys()].filter((k) => !flat.en.has(k) && !expected.has(k));
      expect(extra, `${l}: keys not in English`).toEqual([]);
    }
  });

  it('every literal key the code uses exists in English', () => {
    const root = path.resolve('src');
    const namespacedKey = new RegExp(
      `['"\`]((?:${Object.keys(catalogues.en).join('|')}):[\\w.-]+)['"\`]`,
      'g',
    );
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      // t('ns:key'), messageKey 'ns:key' in errors, and Zod messages 'ns:key' all name catalogue keys.
      for (const m of text.matchAll(namespacedKey)) used.add(m[1]!);
    }
    const has = (k: string) => flat.en.has(k) || flat.en.has(`${k}_one`) || flat.en.has(`${k}_other`);
    const unknown = [...used].filter((k) => !has(k) && !k.endsWith('.'));
    expect(unknown).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });
});
