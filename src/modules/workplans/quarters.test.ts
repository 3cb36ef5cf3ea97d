import { describe, expect, it } from 'vitest';
import { parseQuarters, quarterSpan, quartersText, sortQuarters } from './quarters.js';

describe('quarters of the timeline', () => {
  it('reads single quarters and ranges as typed, and keeps what it cannot read for the verb to refuse', () => {
    expect(parseQuarters('2022-Q4..2023-Q2, 2023q4')).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q4']);
    expect(parseQuarters('')).toEqual([]);
    expect(parseQuarters('spring 2023-Q3..2023-Q1')).toEqual(['SPRING', '2023-Q3..2023-Q1']);
  });

  it('sorts, spans and writes quarters', () => {
    expect(sortQuarters(['2023-Q1', '2022-Q4', '2023-Q1'])).toEqual(['2022-Q4', '2023-Q1']);
    expect(quarterSpan(['2023-Q3', '2022-Q4'])).toEqual(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect(quarterSpan([])).toEqual([]);
    expect(quartersText(['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q4'])).toBe('2022-Q4..2023-Q2, 2023-Q4');
    expect(quartersText(['2022-Q4', '2023-Q1'])).toBe('2022-Q4, 2023-Q1');
  });
});
