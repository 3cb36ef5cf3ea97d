import { describe, expect, it } from 'vitest';
import { isIso3, iso3, iso3AnyCase, iso3Filter, iso3Of, MAX_ROW_ID, rowId, rowIdOf } from './ids.js';

describe('row ids', () => {
  it.each([
    ['1', 1],
    [42, 42],
    [String(MAX_ROW_ID), MAX_ROW_ID],
  ])('%s is row id %i', (v, id) => expect(rowId.parse(v)).toBe(id));

  it.each(['0', '-1', '1.5', 'abc', String(MAX_ROW_ID + 1)])('%s is not a row id', (v) => {
    expect(rowId.safeParse(v).success).toBe(false);
  });

  it('names a value that is not a number with the key given', () => {
    expect(rowIdOf('ledger:errors.need').safeParse('abc').error?.issues[0]?.message).toBe(
      'ledger:errors.need',
    );
  });
});

describe('ISO3 codes', () => {
  it('trims and upper-cases what a person typed', () => {
    expect(iso3.parse(' lbn ')).toBe('LBN');
  });

  it.each(['LB', 'LBNN', 'L8N', ''])('%s is refused with errors:iso3', (v) => {
    expect(iso3.safeParse(v).error?.issues[0]?.message).toBe('errors:iso3');
  });

  it('uses the field’s own keys when given', () => {
    const field = iso3Of('needs:errors.state', 'needs:errors.state');
    expect(field.safeParse('xx').error?.issues[0]?.message).toBe('needs:errors.state');
    expect(field.safeParse(undefined).error?.issues[0]?.message).toBe('needs:errors.state');
  });

  it('a filter drops a bad value instead of failing', () => {
    expect(iso3Filter.parse('lbn')).toBe('LBN');
    expect(iso3Filter.parse('nope')).toBeUndefined();
    expect(iso3Filter.parse(undefined)).toBeUndefined();
  });

  it('the API form accepts either case and leaves it as written', () => {
    expect(iso3AnyCase().parse('lbn')).toBe('lbn');
    expect(iso3AnyCase().safeParse('lb').success).toBe(false);
  });

  it('isIso3 accepts the stored form only', () => {
    expect(isIso3('LBN')).toBe(true);
    expect(isIso3('lbn')).toBe(false);
  });
});
