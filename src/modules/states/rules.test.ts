import { describe, expect, it } from 'vitest';
import { loadReferenceStates } from './reference.js';
import {
  addMonths,
  addYears,
  article3OriginalDeadline,
  article4OriginalDeadline,
  comparePartialDates,
  deriveObligation,
  earliestDay,
  entryIntoForce,
  initialReportDue,
  isFullDate,
  latestDay,
  nextAnnualReportDue,
  partialDatePrecision,
  partialDateSchema,
  timeRemaining,
} from './rules.js';
import { obligationEvent as event } from './testing.js';

describe('entryIntoForce (Art 17)', () => {
  it.each([
    ['2008-12-03', '2010-08-01'], // among the first 30
    ['2010-02-16', '2010-08-01'], // the 30th instrument's day
    ['2010-02-17', '2010-08-01'], // after the 30th, still February → sixth month after is August
    ['2010-03-01', '2010-09-01'],
    ['2010-03-31', '2010-09-01'],
    ['2010-04-28', '2010-10-01'],
    ['2023-02-28', '2023-08-01'], // the treaty's own example
    ['2024-02-29', '2024-08-01'], // leap day deposit
    ['2023-07-01', '2024-01-01'], // crosses the year
    ['2014-12-31', '2015-06-01'], // December → June of next year
    ['2015-12-01', '2016-06-01'],
  ])('deposit %s → EIF %s', (deposit, eif) => {
    expect(entryIntoForce(deposit)).toBe(eif);
  });

  it('rejects anything but a real full date', () => {
    expect(() => entryIntoForce('2023-02-30')).toThrow(RangeError);
    expect(() => entryIntoForce('2023-02')).toThrow(RangeError);
  });
});

describe('initialReportDue (Art 7: within 180 days, EIF as day 0)', () => {
  it.each([
    ['2023-08-01', '2024-01-28'], // Nigeria, as in the reference data
    ['2010-08-01', '2011-01-28'],
    ['2011-03-01', '2011-08-28'],
    ['2012-03-01', '2012-08-28'], // leap year February inside the window
    ['2016-01-01', '2016-06-29'],
  ])('EIF %s → due %s', (eif, due) => {
    expect(initialReportDue(eif)).toBe(due);
  });
});

describe('original deadlines (Art 3: EIF + 8 years; Art 4: EIF + 10 years)', () => {
  it('adds calendar years', () => {
    expect(article3OriginalDeadline('2010-08-01')).toBe('2018-08-01');
    expect(article4OriginalDeadline('2010-08-01')).toBe('2020-08-01');
    expect(article3OriginalDeadline('2015-11-01')).toBe('2023-11-01');
  });

  it('keeps a leap day where it exists and falls back to 28 Feb where it does not', () => {
    expect(article3OriginalDeadline('2016-02-29')).toBe('2024-02-29');
    expect(article4OriginalDeadline('2016-02-29')).toBe('2026-02-28');
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2023-08-31', 6, '2024-02-29'],
  ])('%s + %i months → %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('adds years over a leap day', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('nextAnnualReportDue (Art 7: 30 April)', () => {
  it.each([
    ['2025-01-01', '2025-04-30'],
    ['2025-04-29', '2025-04-30'],
    ['2025-04-30', '2025-04-30'],
    ['2025-05-01', '2026-04-30'],
    ['2025-12-31', '2026-04-30'],
  ])('on %s the next report is due %s', (today, due) => {
    expect(nextAnnualReportDue(today)).toBe(due);
  });
});

describe('partial dates', () => {
  it('validates the three forms and rejects impossible dates', () => {
    for (const ok of ['2026', '2023-06', '2023-12-31', '2024-02-29']) {
      expect(partialDateSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of [
      '2023-02-30',
      '2023-02-29',
      '2023-13',
      '2023-00',
      '2023-04-31',
      '23-01-01',
      '2023-1-1',
      '',
      'June 2023',
    ]) {
      expect(partialDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('knows its precision', () => {
    expect(partialDatePrecision('2026')).toBe('year');
    expect(partialDatePrecision('2023-06')).toBe('month');
    expect(partialDatePrecision('2023-06-01')).toBe('day');
    expect(isFullDate('2023-06-01')).toBe(true);
    expect(isFullDate('2023-06')).toBe(false);
    expect(isFullDate('2023-02-30')).toBe(false);
  });

  it('spans a period from its earliest to its latest day', () => {
    expect(earliestDay('2026')).toBe('2026-01-01');
    expect(latestDay('2026')).toBe('2026-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2023-06-15')).toBe('2023-06-15');
  });

  it('orders by the earliest possible day, the fuller date first on a tie', () => {
    expect(comparePartialDates('2025-12-31', '2026')).toBeLessThan(0);
    expect(comparePartialDates('2026', '2026-02')).toBeLessThan(0);
    expect(comparePartialDates('2026-01-01', '2026')).toBeLessThan(0);
    expect(comparePartialDates('2026-01', '2026')).toBeLessThan(0);
    expect(comparePartialDates('2026', '2026-01-01')).toBeGreaterThan(0);
    expect(comparePartialDates('2026', '2026')).toBe(0);
    expect(['2026', '2025-06', '2026-01-01', '2026-01', '2024'].sort(comparePartialDates)).toEqual([
      '2024',
      '2025-06',
      '2026-01-01',
      '2026-01',
      '2026',
    ]);
  });
});

describe('deriveObligation', () => {
  const original = '2021-05-01';

  it('starts from the original deadline', () => {
    expect(deriveObligation(original, [])).toEqual({
      status: 'open',
      currentDeadline: original,
      currentDeadlineConfirmed: true,
      pendingRequest: null,
      completedOn: null,
      extensionsGranted: 0,
    });
  });

  it('moves the deadline on a grant, a shorter grant, and not on a refusal', () => {
    const d = deriveObligation(original, [
      event('extension_requested', { requestedDeadline: '2026-05-01' }),
      event('extension_decided', { outcome: 'granted_shorter', newDeadline: '2024-05-01' }),
      event('extension_requested', { requestedDeadline: '2029-05-01' }),
      event('extension_decided', { outcome: 'refused' }),
    ]);
    expect(d.currentDeadline).toBe('2024-05-01');
    expect(d.extensionsGranted).toBe(1);
    expect(d.pendingRequest).toBeNull();
    expect(d.status).toBe('open');
  });

  it('lets the confirmed flag follow the last granting decision', () => {
    const unconfirmed = deriveObligation(original, [
      event('extension_decided', { outcome: 'granted', newDeadline: '2026', confirmed: false }),
    ]);
    expect(unconfirmed).toMatchObject({ currentDeadline: '2026', currentDeadlineConfirmed: false });
    const reconfirmed = deriveObligation(original, [
      event('extension_decided', { outcome: 'granted', newDeadline: '2026', confirmed: false }),
      event('extension_decided', { outcome: 'granted', newDeadline: '2028-01-01', confirmed: true }),
    ]);
    expect(reconfirmed).toMatchObject({
      currentDeadline: '2028-01-01',
      currentDeadlineConfirmed: true,
      extensionsGranted: 2,
    });
  });

  it('treats a decision of unknown outcome as settling the request but unsettling the deadline', () => {
    const d = deriveObligation(original, [event('extension_requested'), event('extension_decided')]);
    expect(d).toMatchObject({
      currentDeadline: original,
      currentDeadlineConfirmed: false,
      pendingRequest: null,
    });
  });

  it('reports the last request without a later decision as pending', () => {
    const last = event('extension_requested', { meeting: '13MSP', requestedDeadline: '2031-05-01' });
    const d = deriveObligation(original, [
      event('extension_requested', { meeting: '2RC' }),
      event('extension_decided', { meeting: '2RC', outcome: 'granted', newDeadline: '2026-05-01' }),
      last,
    ]);
    expect(d.pendingRequest).toBe(last);
    expect(d.currentDeadline).toBe('2026-05-01');
  });

  it('completes on a completion declaration or a submitted initial report', () => {
    expect(
      deriveObligation(original, [event('completion_declared', { occurredOn: '2023-06' })]),
    ).toMatchObject({
      status: 'completed',
      completedOn: '2023-06',
      currentDeadline: original,
    });
    expect(
      deriveObligation('2024-01-28', [event('initial_report_submitted', { occurredOn: '2024-01-10' })]),
    ).toMatchObject({ status: 'completed', completedOn: '2024-01-10' });
  });

  it('reopens after a completion, with the reopening deadline', () => {
    const d = deriveObligation('2022-08-01', [
      event('completion_declared'),
      event('obligation_reopened', { newDeadline: '2024', confirmed: true }),
    ]);
    expect(d).toMatchObject({
      status: 'open',
      completedOn: null,
      currentDeadline: '2024',
      currentDeadlineConfirmed: true,
    });
  });

  it('works without an original deadline', () => {
    expect(deriveObligation(null, [])).toMatchObject({ currentDeadline: null, status: 'open' });
  });
});

describe('timeRemaining', () => {
  it('counts days to a full deadline, the deadline day itself not overdue', () => {
    expect(timeRemaining('2026-05-01', '2026-04-21')).toEqual({
      days: 10,
      overdue: false,
      within24Months: true,
      decisionNotRecorded: false,
    });
    expect(timeRemaining('2026-05-01', '2026-05-01')).toEqual({
      days: 0,
      overdue: false,
      within24Months: true,
      decisionNotRecorded: false,
    });
    expect(timeRemaining('2026-05-01', '2026-05-02')).toEqual({
      days: -1,
      overdue: true,
      within24Months: false,
      decisionNotRecorded: false,
    });
  });

  it('reads a partial deadline as its last possible day', () => {
    expect(timeRemaining('2026', '2026-06-30')).toMatchObject({ days: 184, overdue: false });
    expect(timeRemaining('2026', '2027-01-01')).toMatchObject({ days: -1, overdue: true });
    expect(timeRemaining('2024-02', '2024-02-29')).toMatchObject({ days: 0, overdue: false });
  });

  it('flags deadlines within 24 months, inclusive', () => {
    expect(timeRemaining('2028-02-01', '2026-02-01').within24Months).toBe(true);
    expect(timeRemaining('2028-02-02', '2026-02-01').within24Months).toBe(false);
    expect(timeRemaining('2030-08-01', '2026-02-01').within24Months).toBe(false);
  });

  it('has nothing to say about an unknown deadline', () => {
    expect(timeRemaining(null, '2026-02-01')).toEqual({
      days: null,
      overdue: false,
      within24Months: false,
      decisionNotRecorded: false,
    });
  });

  it('a passed deadline with an extension request pending is "decision not recorded", never overdue', () => {
    expect(timeRemaining('2026-05-01', '2026-05-02', true)).toEqual({
      days: -1,
      overdue: false,
      within24Months: false,
      decisionNotRecorded: true,
    });
    // Before the deadline a pending request changes nothing.
    expect(timeRemaining('2026-05-01', '2026-04-21', true)).toMatchObject({
      overdue: false,
      within24Months: true,
      decisionNotRecorded: false,
    });
    expect(timeRemaining('2026', '2027-01-01', true)).toMatchObject({
      overdue: false,
      decisionNotRecorded: true,
    });
  });
});

describe('rules against the reference dataset (its *_computed columns are the oracle)', () => {
  const states = loadReferenceStates();
  const withInstrument = states.filter((s) => s.instrumentDate !== null);

  it('covers every State with an instrument', () => {
    expect(withInstrument.length).toBe(113);
  });

  it.each(withInstrument.map((s) => [s.iso3, s] as const))('%s', (_iso3, s) => {
    const eif = entryIntoForce(s.instrumentDate!);
    expect(eif).toBe(s.computed.entryIntoForce);
    expect(initialReportDue(eif)).toBe(s.computed.initialReportDue);
    if (s.computed.art3OriginalDeadline !== null) {
      expect(article3OriginalDeadline(eif)).toBe(s.computed.art3OriginalDeadline);
    }
    if (s.computed.art4OriginalDeadline !== null) {
      expect(article4OriginalDeadline(eif)).toBe(s.computed.art4OriginalDeadline);
    }
  });

  it('has no computed dates for States without an instrument', () => {
    for (const s of states.filter((x) => x.instrumentDate === null)) {
      expect(s.computed, s.iso3).toEqual({
        entryIntoForce: null,
        initialReportDue: null,
        art3OriginalDeadline: null,
        art4OriginalDeadline: null,
      });
    }
  });

  it('counts exactly 30 instruments deposited on or before 16 Feb 2010', () => {
    expect(withInstrument.filter((s) => s.instrumentDate! <= '2010-02-16').length).toBe(30);
  });
});
