import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogues, locales } from './index.js';

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

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translation catalogues', () => {
  it('every English string exists in French and Spanish, with the same placeholders', () => {
    for (const l of ['fr', 'es'] as const) {
      const missing: string[] = [];
      const wrong: string[] = [];
      for (const [k, v] of flat.en) {
        const other = flat[l].get(k);
        if (other === undefined || other.trim() === '') missing.push(k);
        else if (placeholders(other).join() !== placeholders(v).join()) wrong.push(k);
      }
      expect(missing, `${l}: missing keys`).toEqual([]);
      expect(wrong, `${l}: placeholders differ`).toEqual([]);
    }
  });

  it('no catalogue has keys that English lacks (stale translations)', () => {
    for (const l of ['fr', 'es'] as const) {
      const extra = [...flat[l].keys()].filter((k) => !flat.en.has(k));
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
