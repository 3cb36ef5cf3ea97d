import { describe, expect, it } from 'vitest';
import { formatNumberCell, readNumberText, stateOfWord, toSquareMetres } from './number-cells.js';
import type { ScalarField } from './types.js';

type NumberField = Extract<ScalarField, { kind: 'number' }>;

const year: NumberField = { kind: 'number', key: 'year', integer: true, min: 1990 };
const amount: NumberField = { kind: 'number', key: 'amount', min: 0 };
const area: NumberField = { kind: 'number', key: 'area', min: 0, unit: 'm²', unitKind: 'area' };

describe('formatNumberCell: a stored number as a reader sees it', () => {
  it('never groups a year, in any language', () => {
    for (const locale of ['en', 'fr', 'es'] as const)
      expect(formatNumberCell(year, 2022, undefined, locale)).toBe('2022');
    expect(formatNumberCell(amount, 2022, undefined, 'en')).toBe('2,022');
  });

  it('says unknown and not reported in words, never 0 nor blank', () => {
    expect(formatNumberCell(amount, 'unknown', undefined, 'en')).toBe('Unknown');
    expect(formatNumberCell(amount, 'not_reported', undefined, 'fr')).toBe('Non communiqué');
    expect(formatNumberCell(amount, 0, undefined, 'en')).toBe('0');
  });

  it('shows an area in m² with the figure as given beside it', () => {
    expect(formatNumberCell(area, 12_500_000, '12.5 km2', 'en')).toBe('12,500,000 m² (12.5 km²)');
    expect(formatNumberCell(area, 5000, '0.5 ha', 'fr')).toBe('5\u202f000 m² (0,5 hectares)');
    expect(formatNumberCell(area, 1250, undefined, 'en')).toBe('1,250 m²');
  });
});

describe('readNumberText', () => {
  it('converts an area to square metres and keeps the figure as given', () => {
    expect(readNumberText(area, '12,5 km²', 'fr')).toEqual({ value: 12_500_000, given: '12.5 km2' });
    expect(readNumberText(area, '3', 'en', 'ha')).toEqual({ value: 30_000, given: '3 ha' });
    expect(readNumberText(area, '1,250 m2', 'en')).toEqual({ value: 1250 });
    expect(toSquareMetres(0.1, 'ha')).toBe(1000);
    expect(toSquareMetres(1.1, 'km2')).toBe(1_100_000);
  });

  it('reads no unit after a figure that is not an area', () => {
    expect(readNumberText(amount, '3 ha', 'en')).toEqual({ error: 'number' });
  });

  it('knows the words of every language', () => {
    expect(stateOfWord('Desconocido')).toBe('unknown');
    expect(stateOfWord(' NON COMMUNIQUE ')).toBe('not_reported');
    expect(stateOfWord('zero')).toBeUndefined();
  });
});
