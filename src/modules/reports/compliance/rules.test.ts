import { describe, expect, it } from 'vitest';
import {
  annualReportDue,
  complianceStatus,
  defaultReportingYear,
  FIRST_REPORTING_YEAR,
  owesAnnualReport,
  reportingYears,
} from './rules.js';

const party = (entryIntoForce: string, withdrawalEffective: string | null = null) => ({
  ccmStatus: withdrawalEffective ? ('withdrawn' as const) : ('state_party' as const),
  entryIntoForce,
  withdrawalEffective,
});

describe('compliance rules', () => {
  it('an annual report is due on 30 April of the year after the one it covers', () => {
    expect(annualReportDue(2022)).toBe('2023-04-30');
    expect(annualReportDue(2010)).toBe('2011-04-30');
  });

  it('counts the due day itself as on time, and says "not yet" only once the day has passed', () => {
    const due = '2023-04-30';
    expect(complianceStatus('2023-04-30', due, '2023-11-01')).toBe('on_time');
    expect(complianceStatus('2023-01-15', due, '2023-11-01')).toBe('on_time');
    expect(complianceStatus('2023-05-01', due, '2023-11-01')).toBe('late');
    expect(complianceStatus(null, due, '2023-04-30')).toBe('not_due');
    expect(complianceStatus(null, due, '2023-05-01')).toBe('not_yet');
    // A report received before the deadline is on time even while the deadline is still ahead.
    expect(complianceStatus('2023-03-01', due, '2023-03-02')).toBe('on_time');
  });

  it('opens on the latest year whose 30 April has passed', () => {
    expect(defaultReportingYear('2026-11-23')).toBe(2025);
    expect(defaultReportingYear('2026-05-01')).toBe(2025);
    expect(defaultReportingYear('2026-04-30')).toBe(2024);
    expect(defaultReportingYear('2026-01-01')).toBe(2024);
  });

  it('offers every year from 2010 up to last year, newest first', () => {
    const years = reportingYears('2026-11-23');
    expect(years[0]).toBe(2025);
    expect(years.at(-1)).toBe(FIRST_REPORTING_YEAR);
    expect(years).toHaveLength(2025 - 2010 + 1);
  });

  it('owes the annual report for a year the State was bound in and still on 30 April, once the initial one is in', () => {
    expect(owesAnnualReport(party('2010-08-01'), 2022, false)).toBe(true);
    // Entry into force during the year: that year's report is owed (Art 7(2) covers the calendar year).
    expect(owesAnnualReport(party('2023-08-01'), 2023, false)).toBe(true);
    expect(owesAnnualReport(party('2023-08-01'), 2022, false)).toBe(false);
    // Still owing the initial report: counted there, not here.
    expect(owesAnnualReport(party('2010-08-01'), 2022, true)).toBe(false);
    // Lithuania: withdrawal effective 6 March 2025, before the 2024 report fell due; the 2023 one was owed.
    const ltu = party('2011-11-01', '2025-03-06');
    expect(owesAnnualReport(ltu, 2023, false)).toBe(true);
    expect(owesAnnualReport(ltu, 2024, false)).toBe(false);
    expect(owesAnnualReport(ltu, 2025, false)).toBe(false);
    // Signatories and States not party owe none (they may report voluntarily).
    expect(
      owesAnnualReport(
        { ccmStatus: 'signatory', entryIntoForce: null, withdrawalEffective: null },
        2022,
        false,
      ),
    ).toBe(false);
  });
});
