import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NUMBER_ERROR, numberLocale, parseNumber, readingNumbersIn, typedNumber } from './numbers.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseNumber reads numbers as each language writes them', () => {
  it.each([
    ['en', '1,100,000', 1_100_000],
    ['en', '1,100,000.5', 1_100_000.5],
    ['en', '1 100 000', 1_100_000],
    ['en', '1100000', 1_100_000],
    ['en', ' 2.5 ', 2.5],
    ['en', '0.75', 0.75],
    ['en', '-1,234', -1234],
    ['en', '\u22123', -3],
    ['en', '999', 999],
    ['fr', '1 100 000', 1_100_000],
    ['fr', `1${NBSP}100${NBSP}000,5`, 1_100_000.5],
    ['fr', `1${NNBSP}100${NNBSP}000`, 1_100_000],
    ['fr', '2,5', 2.5],
    ['fr', '1100000', 1_100_000],
    ['es', '1.100.000,5', 1_100_000.5],
    ['es', '1 100 000', 1_100_000],
    ['es', '2,5', 2.5],
    ['es', '1100000', 1_100_000],
    ['es', '-0', 0],
    ['ar', '1,100,000.5', 1_100_000.5],
    ['ar', '\u0661\u066c\u0661\u0660\u0660\u066c\u0660\u0660\u0660', 1_100_000],
    ['ar', '\u0662\u066b\u0665', 2.5],
  ] as const)('%s %j is %d', (locale, text, value) => {
    expect(parseNumber(text, locale)).toEqual({ value });
  });

  it.each([
    ['en', '1,5', 'a comma that is not a thousands group'],
    ['en', '1,00,000', 'groups not of three'],
    ['en', '1 100,000', 'two kinds of group'],
    ['en', '1.100.000', 'two decimal points'],
    ['en', '1,100.000.5', 'a second decimal point'],
    ['en', '1e3', 'an exponent'],
    ['en', '0x10', 'hexadecimal'],
    ['en', '$100', 'a currency sign'],
    ['en', 'many', 'a word'],
    ['en', '.5', 'no digit before the point'],
    ['en', '5.', 'no digit after the point'],
    ['en', '', 'nothing'],
    ['en', 'Infinity', 'infinity'],
    ['fr', '1,100,000', 'English grouping in French'],
    ['fr', '1.5', 'a point in French'],
    ['fr', '1 100 000.5', 'a point after French groups'],
    ['es', '1.5', 'a point that is not a thousands group in Spanish'],
    ['es', '1,100,000', 'English grouping in Spanish'],
    ['es', '1.100 000', 'two kinds of group in Spanish'],
  ] as const)('%s %j is refused (%s)', (locale, text, _why) => {
    expect(parseNumber(text, locale)).toEqual({ error: NUMBER_ERROR });
  });

  it('reads "1 100 000" in French and "1,100,000" in English as the same amount', () => {
    expect(parseNumber('1 100 000', 'fr')).toEqual(parseNumber('1,100,000', 'en'));
    expect(parseNumber('1.100.000', 'es')).toEqual(parseNumber('1,100,000', 'en'));
  });
});

describe('typedNumber reads strings in the language of the check', () => {
  const schema = z.object({ n: typedNumber('x:amount') });

  it('is English outside a check and the given language inside one', () => {
    expect(numberLocale()).toBe('en');
    expect(schema.safeParse({ n: '1,5' }).success).toBe(false);
    expect(readingNumbersIn('fr', () => schema.safeParse({ n: '1,5' }).data)).toEqual({ n: 1.5 });
    expect(numberLocale()).toBe('en');
  });

  it('passes JSON numbers and refuses what cannot be read with the field key', () => {
    expect(schema.parse({ n: 12 })).toEqual({ n: 12 });
    expect(schema.safeParse({ n: '12 apples' }).error?.issues[0]?.message).toBe('x:amount');
  });

  it('restores the language when the check throws', () => {
    expect(() =>
      readingNumbersIn('es', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(numberLocale()).toBe('en');
  });
});
