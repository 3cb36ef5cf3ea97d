import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { participationFigures, readParticipantsCsv } from './participation.js';

const fixture = (name: string) => readFileSync(`test/fixtures/participants/${name}`, 'utf8');

describe('reading a list of participants', () => {
  it('reads the sample list row by row, a State by its code and an organisation by its name', () => {
    const { rows, errors } = readParticipantsCsv(fixture('10msp-sample.csv'));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({
      line: 2,
      stateIso3: 'LBN',
      organisation: null,
      name: 'Test Delegate LBN-1',
      gender: 'woman',
      head: true,
      survivor: false,
      role: 'Head of delegation',
    });
    expect(rows[4]?.gender).toBe('not_known');
    expect(rows[8]).toMatchObject({
      stateIso3: null,
      organisation: 'Cluster Munition Coalition',
      survivor: true,
    });
  });

  it('reports every problem of the malformed list with its line, and returns no row', () => {
    const { rows, errors } = readParticipantsCsv(fixture('malformed.csv'));
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.key]).sort()).toEqual([
      [3, 'head', 'calendar:participants.errors.twoHeads'],
      [4, 'name', 'calendar:participants.errors.name'],
      [5, 'gender', 'calendar:participants.errors.gender'],
      [6, 'head', 'calendar:participants.errors.yesNo'],
    ]);
  });

  it.each([
    ['a file without the columns', 'who,what\nLBN,x\n', 'calendar:participants.errors.columns'],
    ['a header only', 'delegation,name,gender,head,survivor\n', 'calendar:participants.errors.empty'],
    [
      'a broken quote',
      'delegation,name,gender,head,survivor\n"LBN,x,woman,yes,no\n',
      'calendar:participants.errors.unreadable',
    ],
  ])('refuses %s', (_name, text, key) => {
    const { rows, errors } = readParticipantsCsv(text);
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.key)).toEqual([key]);
  });

  it('takes the usual spellings of gender and yes/no, in any case, and a byte-order mark', () => {
    const { rows, errors } = readParticipantsCsv(
      '\uFEFFDelegation,Name,Gender,Head,Survivor\nlbn,A,F,Y,0\nlbn,B,Homme,,oui\nGICHD,C,X,TRUE,no\n',
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.stateIso3, r.gender, r.head, r.survivor])).toEqual([
      ['LBN', 'woman', true, false],
      ['LBN', 'man', false, true],
      [null, 'other', true, false],
    ]);
  });
});

describe('participation figures', () => {
  const p = (gender: 'woman' | 'man' | 'not_known', head = false, survivor = false) => ({
    gender,
    head,
    survivor,
  });

  it('counts women delegates of States Parties, women heads, States not party and delegations with survivors', () => {
    const f = participationFigures([
      { status: 'state_party', delegates: [p('woman', true), p('man', false, true)] },
      { status: 'state_party', delegates: [p('man', true), p('woman'), p('not_known')] },
      { status: 'signatory', delegates: [p('woman', true)] },
      { status: 'not_party', delegates: [p('man', true)] },
      { status: 'withdrawn', delegates: [p('man')] },
      { status: 'observer', delegates: [p('woman', true, true)] },
      { status: null, delegates: [p('woman', true)] },
    ]);
    expect(f).toEqual({
      delegations: 7,
      delegates: 10,
      statePartyDelegations: 2,
      statePartyDelegates: 5,
      womenStatePartyDelegates: 2,
      genderNotKnownStatePartyDelegates: 1,
      delegationsHeadedByWomen: 4,
      delegationsWithHead: 6,
      statesNotPartyPresent: 3,
      delegationsWithSurvivors: 2,
      statePartyDelegationsWithSurvivors: 1,
    });
  });

  it('is all zero for no delegation', () => {
    expect(Object.values(participationFigures([])).every((n) => n === 0)).toBe(true);
  });
});
