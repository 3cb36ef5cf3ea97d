import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogues, locales } from '../../../kernel/i18n/index.js';
import { complianceStatuses, reminderKinds } from './rules.js';

type Tree = { [k: string]: string | Tree };

const catalogues = loadCatalogues();

function keysOf(locale: (typeof locales)[number]): Set<string> {
  const out = new Set<string>();
  const walk = (ns: string, tree: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.add(`${ns}:${key}`);
      else walk(ns, v, key);
    }
  };
  for (const [ns, tree] of Object.entries(catalogues[locale])) walk(ns, tree as Tree, '');
  return out;
}

const has = (keys: Set<string>, k: string) => keys.has(k) || keys.has(`${k}_one`) || keys.has(`${k}_other`);

const dir = fileURLToPath(new URL('.', import.meta.url));
const sources = [
  ...readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')),
  ...readdirSync(`${dir}/views`).map((f) => `views/${f}`),
].map((f) => readFileSync(`${dir}/${f}`, 'utf8'));

// The shared catalogue test scans only the namespaces it lists; this one covers the compliance namespace.
describe('compliance catalogue', () => {
  it('has every key the code names, in every language', () => {
    const used = new Set<string>();
    for (const text of sources)
      for (const m of text.matchAll(/['"`]((?:compliance|common|errors|states|outbox):[\w.-]+)['"`]/g))
        used.add(m[1]!);
    // Keys the code builds from values.
    for (const s of complianceStatuses) used.add(`compliance:status.${s}`);
    for (const k of reminderKinds) {
      used.add(`compliance:letter.subject.${k}`);
      used.add(`compliance:letter.rule.${k}`);
      used.add(`compliance:letter.status.${k}.overdue`);
      used.add(`compliance:letter.status.${k}.upcoming`);
    }
    for (const k of ['annual', 'initial', 'voluntary']) used.add(`compliance:kind.${k}`);
    expect(used.size).toBeGreaterThan(60);
    for (const l of locales) {
      const keys = keysOf(l);
      expect(
        [...used].filter((k) => !has(keys, k)),
        `${l}: missing`,
      ).toEqual([]);
    }
  });
});
