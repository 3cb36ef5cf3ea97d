import { describe, expect, it } from 'vitest';
import { shownStatus } from './dormancy.js';
import type { CoalitionStatus } from './vocabulary.js';

describe('the status a coalition shows', () => {
  const today = '2026-11-23';
  it.each<[CoalitionStatus, string, CoalitionStatus, boolean]>([
    // Active: dormant once the last confirmation is more than a year before today.
    ['active', '2026-11-23', 'active', false],
    ['active', '2025-11-23', 'active', false],
    ['active', '2025-11-22', 'dormant', true],
    ['active', '2023-07-17', 'dormant', true],
    ['active', '2018-06-08', 'dormant', true],
    // A stored status other than active is what it says, however old its confirmation.
    ['proposed', '2023-07-17', 'proposed', false],
    ['proposed', '2026-11-01', 'proposed', false],
    ['closed', '2018-06-08', 'closed', false],
    ['dormant', '2026-11-01', 'dormant', false],
    ['dormant', '2018-06-08', 'dormant', false],
  ])('%s, last confirmed on %s → %s (computed: %s)', (stored, confirmed, shown, lapsed) => {
    expect(shownStatus(stored, confirmed, today)).toEqual({
      status: shown,
      lapsed,
      confirmedUntil: `${Number(confirmed.slice(0, 4)) + 1}${confirmed.slice(4)}`,
    });
  });

  it('a confirmation on 29 February lasts until 28 February of the next year', () => {
    expect(shownStatus('active', '2024-02-29', '2025-02-28')).toMatchObject({
      status: 'active',
      confirmedUntil: '2025-02-28',
    });
    expect(shownStatus('active', '2024-02-29', '2025-03-01')).toMatchObject({
      status: 'dormant',
      lapsed: true,
    });
  });
});
