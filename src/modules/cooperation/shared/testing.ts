// Test helpers shared by the needs and offers tests (not imported by application code).

/**
 * When a record a test writes straight to its table was made and last confirmed: 1 June 2026, so
 * it is current on the tests' usual days and lapses a year later.
 */
export const confirmedOn1June2026 = {
  lastConfirmedOn: '2026-06-01',
  createdAt: new Date('2026-06-01T00:00:00Z'),
  updatedAt: new Date('2026-06-01T00:00:00Z'),
};
