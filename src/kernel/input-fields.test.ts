import { describe, expect, it } from 'vitest';
import { givenList, iso3List } from './input-fields.js';

describe('iso3List', () => {
  const states = iso3List('m:errors.states', 'm:errors.tooMany', 3);

  it('reads codes typed in one box, upper-cased, each once', () => {
    expect(states.parse('lbn, IRQ; LBN')).toEqual(['LBN', 'IRQ']);
    expect(states.parse(['LBN', ' ', 'IRQ'])).toEqual(['LBN', 'IRQ']);
    expect(states.parse(undefined)).toEqual([]);
  });

  it('gives one error for the field, for a malformed code or too many', () => {
    expect(states.safeParse('LBN, LEBANON').error?.issues.map((i) => i.message)).toEqual(['m:errors.states']);
    expect(states.safeParse('LBN IRQ SYR CHL').error?.issues.map((i) => i.message)).toEqual([
      'm:errors.tooMany',
    ]);
  });
});

describe('givenList', () => {
  it('takes one value, several or none, and drops blanks', () => {
    expect(givenList('a')).toEqual(['a']);
    expect(givenList(['a', '', '  ', 'b'])).toEqual(['a', 'b']);
    expect(givenList(null)).toEqual([]);
  });
});
