import { describe, expect, it } from 'vitest';
import { errorsByField, meetingInputFromForm } from './form-input.js';
import { MeetingInput } from './inputs.js';
import {
  documentLine,
  isIsoDay,
  isOpenActionItem,
  isPartialDate,
  linesOf,
  listOf,
  meetingDateProblems,
  parseDocumentLine,
  periodDays,
  termOn,
} from './rules.js';

const base = {
  kind: 'msp',
  startsOn: '2023-09-11',
  endsOn: '2023-09-14',
  reportingFrom: null,
  reportingTo: null,
  censusDate: null,
};

describe('meeting dates', () => {
  it.each([
    ['a plain MSP', {}, {}],
    ['ends before it starts', { endsOn: '2023-09-10' }, { endsOn: 'calendar:errors.endsBeforeStart' }],
    ['a one-day meeting', { endsOn: '2023-09-11' }, {}],
    ['an end without a start', { startsOn: null }, { startsOn: 'calendar:errors.endWithoutStart' }],
    ['no dates at all', { startsOn: null, endsOn: null }, {}],
    [
      'the 11MSP window',
      { reportingFrom: '2022-07-01', reportingTo: '2023-06-30', censusDate: '2023-06-30' },
      {},
    ],
    [
      'a window on a workshop',
      { kind: 'workshop', reportingFrom: '2022-07-01', reportingTo: '2023-06-30' },
      { reportingFrom: 'calendar:errors.windowOnlyFormal' },
    ],
    [
      'a Review Conference window',
      { kind: 'review_conference', reportingFrom: '2022-07-01', reportingTo: '2023-06-30' },
      {},
    ],
    ['half a window', { reportingFrom: '2022-07-01' }, { reportingTo: 'calendar:errors.windowIncomplete' }],
    ['a census alone', { censusDate: '2023-06-30' }, { reportingTo: 'calendar:errors.windowIncomplete' }],
    [
      'a window backwards',
      { reportingFrom: '2023-06-30', reportingTo: '2022-07-01' },
      { reportingTo: 'calendar:errors.windowBackwards' },
    ],
    [
      'a window that runs into the meeting',
      { reportingFrom: '2022-09-15', reportingTo: '2023-09-11' },
      { reportingTo: 'calendar:errors.windowAfterMeeting' },
    ],
    [
      'a census after the window',
      { reportingFrom: '2022-07-01', reportingTo: '2023-06-30', censusDate: '2023-07-01' },
      { censusDate: 'calendar:errors.censusOutsideWindow' },
    ],
    [
      'a census on the first day of the window',
      { reportingFrom: '2022-07-01', reportingTo: '2023-06-30', censusDate: '2022-07-01' },
      {},
    ],
  ])('%s', (_name, change, expected) => {
    expect(meetingDateProblems({ ...base, ...change })).toEqual(expected);
  });
});

describe('dates as precise as the source', () => {
  it.each([
    ['2023-09-11', true, true],
    ['2024-02-29', true, true],
    ['2023-02-29', false, false],
    ['2023-13-01', false, false],
    ['2023-06', false, true],
    ['2023-00', false, false],
    ['2023', false, true],
    ['23-09-11', false, false],
    ['', false, false],
  ])('%s: full day %s, partial %s', (v, full, partial) => {
    expect(isIsoDay(v)).toBe(full);
    expect(isPartialDate(v)).toBe(partial);
  });
});

describe('form lines', () => {
  it.each([
    [
      'CCM/MSP/2023/1 | Agenda | https://x.org/a.pdf',
      { symbol: 'CCM/MSP/2023/1', title: 'Agenda', href: 'https://x.org/a.pdf' },
    ],
    ['CCM/MSP/2023/1 | Agenda', { symbol: 'CCM/MSP/2023/1', title: 'Agenda', href: null }],
    [
      'Concept note | https://x.org/n.pdf',
      { symbol: null, title: 'Concept note', href: 'https://x.org/n.pdf' },
    ],
    ['| Concept note |', { symbol: null, title: 'Concept note', href: null }],
    ['Concept note', { symbol: null, title: 'Concept note', href: null }],
    ['A | B | C | https://x.org', { symbol: 'A', title: 'B | C', href: 'https://x.org' }],
  ])('%s', (line, expected) => {
    expect(parseDocumentLine(line)).toEqual(expected);
    expect(parseDocumentLine(documentLine(expected))).toEqual(expected);
  });

  it('splits lines and lists, dropping blanks', () => {
    expect(linesOf(' a \r\n\n b ')).toEqual(['a', 'b']);
    expect(listOf('AUS, PER; GICHD,,')).toEqual(['AUS', 'PER', 'GICHD']);
    expect(linesOf(undefined)).toEqual([]);
  });

  it('turns a typed form into the verb input, an empty field into "not known"', () => {
    const parsed = MeetingInput.parse(
      meetingInputFromForm({
        code: 'IWG-2026',
        kind: 'intersessional',
        title: 'Intersessional meeting',
        startsOn: '',
        participantsTotal: '',
        hosts: 'lbn, GICHD',
        documents: '| Concept note |',
        sources: 'https://example.org',
      }),
    );
    expect(parsed).toMatchObject({
      startsOn: null,
      venue: null,
      participantsTotal: null,
      participantsApproximate: false,
      hosts: ['LBN', 'GICHD'],
      documents: [{ symbol: null, title: 'Concept note', href: null }],
    });
  });

  it('shows an error on a list item at the list', () => {
    expect(
      errorsByField({ 'documents.2.title': ['a'], 'documents.3.href': ['b', 'a'], code: ['c'] }),
    ).toEqual({
      documents: ['a', 'b'],
      code: ['c'],
    });
  });
});

describe('open action items', () => {
  it.each([
    ['open', true],
    ['not_known', true],
    ['done', false],
    ['dropped', false],
  ] as const)('%s → %s', (status, open) => {
    expect(isOpenActionItem(status)).toBe(open);
  });
});

describe("an office's period on a day", () => {
  const meetings = new Map([
    ['11MSP', { from: '2023-09-11', to: '2023-09-14' }],
    ['12MSP', { from: '2024-09-10', to: '2024-09-13' }],
  ]);

  it.each([
    [
      { from: '2022', to: '11MSP' },
      { from: '2022-01-01', to: '2023-09-14' },
    ],
    [
      { from: '11MSP', to: '12MSP' },
      { from: '2023-09-11', to: '2024-09-13' },
    ],
    [
      { from: '2024-02', to: '2024-02' },
      { from: '2024-02-01', to: '2024-02-29' },
    ],
    [
      { from: null, to: '12MSP' },
      { from: null, to: '2024-09-13' },
    ],
    [
      { from: '12MSP', to: null },
      { from: '2024-09-10', to: null },
    ],
    [{ from: '2017', to: '8MSP' }, null],
    [{ from: 'sometime', to: null }, null],
  ])('%j covers %j', (period, days) => {
    expect(periodDays(period, meetings)).toEqual(days);
  });

  it.each([
    ['2021-12-31', 'future'],
    ['2022-01-01', 'current'],
    ['2023-09-14', 'current'],
    ['2023-09-15', 'past'],
  ] as const)('on %s the holder is %s', (day, term) => {
    expect(termOn({ from: '2022-01-01', to: '2023-09-14' }, day)).toBe(term);
  });

  it('holds an open period on any day, and cannot place an unplaceable one', () => {
    expect(termOn({ from: null, to: null }, '1999-01-01')).toBe('current');
    expect(termOn(null, '2023-01-01')).toBe('not_placed');
  });
});
