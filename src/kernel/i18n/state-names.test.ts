import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareText,
  localiseStates,
  partyName,
  stateMatches,
  stateName,
  stateNameCorrections,
  stateNamesOf,
} from './state-names.js';

describe('stateName', () => {
  it.each([
    // From the package where it already writes the UN short name.
    ['en', 'LBN', 'Lebanon'],
    ['fr', 'LBN', 'Liban'],
    ['es', 'LBN', 'Líbano'],
    ['ar', 'LBN', 'لبنان'],
    ['fr', 'DEU', 'Allemagne'],
    // Corrected to the UN's short form.
    ['en', 'BOL', 'Bolivia (Plurinational State of)'],
    ['fr', 'BOL', 'Bolivie (État plurinational de)'],
    ['es', 'BOL', 'Bolivia (Estado Plurinacional de)'],
    ['fr', 'LAO', 'République démocratique populaire lao'],
    ['fr', 'CIV', "Côte d'Ivoire"],
    ['es', 'CIV', "Côte d'Ivoire"],
    ['en', 'MDA', 'Republic of Moldova'],
    ['fr', 'IRQ', 'Iraq'],
    ['en', 'VAT', 'Holy See'],
    ['fr', 'PSE', 'État de Palestine'],
    ['fr', 'TUR', 'Türkiye'],
    ['es', 'COD', 'República Democrática del Congo'],
    ['en', 'GBR', 'United Kingdom of Great Britain and Northern Ireland'],
    ['en', 'MKD', 'North Macedonia'],
    ['en', 'CZE', 'Czechia'],
    ['ar', 'GBR', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'],
    // Other languages: the package's names, a region subtag read as its language.
    ['zh', 'LBN', '黎巴嫩'],
    ['ru', 'LBN', 'Ливан'],
    ['fr-CH', 'BOL', 'Bolivie (État plurinational de)'],
    ['FR', 'lbn', 'Liban'],
  ])('%s %s → %s', (locale, iso3, name) => {
    expect(stateName(locale, iso3)).toBe(name);
  });

  it('falls back to English, then to the registry name, then to the code', () => {
    expect(stateName('xx', 'LBN')).toBe('Lebanon');
    expect(stateName('', 'LBN')).toBe('Lebanon');
    expect(stateName('fr', 'XKX', 'Kosovo')).toBe('Kosovo');
    expect(stateName('fr', 'QQQ')).toBe('QQQ');
    expect(stateName('fr', 'not a code', 'Somewhere')).toBe('Somewhere');
  });

  it('names every State of the registry in en, fr, es and ar', () => {
    const csv = readFileSync(new URL('../../modules/states/reference/states.csv', import.meta.url), 'utf8');
    const codes = [...csv.matchAll(/^(?:"[^"]*"|[^,\n]*),([A-Z]{3}),/gm)].map((m) => m[1]!);
    expect(codes).toHaveLength(169);
    for (const iso3 of codes)
      for (const locale of ['en', 'fr', 'es', 'ar'])
        expect(stateName(locale, iso3), `${locale} ${iso3}`).not.toBe(iso3);
  });

  it('keeps every correction as data with its source', () => {
    expect(stateNameCorrections.length).toBeGreaterThan(40);
    for (const c of stateNameCorrections) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.source).toMatch(/https:\/\/unterm\.un\.org/);
      for (const [lang, name] of Object.entries(c.names)) expect(stateName(lang, c.iso3)).toBe(name);
    }
  });
});

describe('search and order', () => {
  it('finds a State by its name in any language, accents and case aside, or by its code', () => {
    for (const q of ['Liban', 'liban', 'Líbano', 'libano', 'Lebanon', 'لبنان', 'lbn', 'LEB'])
      expect(stateMatches(q, 'LBN'), q).toBe(true);
    expect(stateMatches('Allemagne', 'LBN')).toBe(false);
    expect(stateMatches('  ', 'LBN')).toBe(true);
    expect(stateNamesOf('LBN')).toEqual({ en: 'Lebanon', fr: 'Liban', es: 'Líbano', ar: 'لبنان' });
  });

  it("sorts in the reader's language", () => {
    const rows = [{ iso3: 'AUT' }, { iso3: 'DEU' }, { iso3: 'ETH' }, { iso3: 'FJI' }];
    expect(localiseStates('en', rows).map((r) => r.name)).toEqual(['Austria', 'Ethiopia', 'Fiji', 'Germany']);
    expect(localiseStates('fr', rows).map((r) => r.name)).toEqual([
      'Allemagne',
      'Autriche',
      'Éthiopie',
      'Fidji',
    ]);
    expect(['Zambia', 'Élan', 'eve'].sort(compareText('fr'))).toEqual(['Élan', 'eve', 'Zambia']);
  });

  it('names a State partner in the reader language and leaves an organisation as written', () => {
    expect(partyName('fr', 'DEU', 'Germany')).toBe('Allemagne');
    expect(partyName('fr', null, 'Norwegian People’s Aid')).toBe('Norwegian People’s Aid');
  });
});
