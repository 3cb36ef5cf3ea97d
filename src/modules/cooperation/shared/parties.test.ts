import { describe, expect, it } from 'vitest';
import { PartyResolver } from './parties.js';

const names = [
  { iso3: 'NOR', name: 'Norway' },
  { iso3: 'NLD', name: 'Netherlands (Kingdom of the)' },
  { iso3: 'GBR', name: 'United Kingdom of Great Britain and Northern Ireland' },
  { iso3: 'LAO', name: "Lao People's Democratic Republic" },
  { iso3: 'CIV', name: "Côte d'Ivoire" },
];

describe('PartyResolver', () => {
  const resolver = new PartyResolver(names);
  it.each([
    ['Norway', 'NOR'],
    ['  norway ', 'NOR'],
    ['NOR', 'NOR'],
    ['nld', 'NLD'],
    ['the Netherlands', 'NLD'],
    ['Netherlands', 'NLD'],
    ['United Kingdom', 'GBR'],
    ['UK', 'GBR'],
    ['Lao PDR', 'LAO'],
    ["Lao People's Democratic Republic", 'LAO'],
    ["Cote d'Ivoire", 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
  ])('%s is %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each([['Norwegian People’s Aid'], ['NPA'], ['UNDP'], [''], ['USA']])('%s is no State here', (text) => {
    expect(resolver.resolve(text)).toBeNull();
  });
});
