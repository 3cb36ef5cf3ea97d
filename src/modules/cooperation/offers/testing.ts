// Test helpers of the offers tests (not imported by application code).

/** An offer of 1,000,000 EUR a year for clearance in Western Asia, as the offer form posts it. */
export const offerForm = {
  title: 'Clearance in Western Asia',
  areas: ['art4'],
  types: ['financial'],
  priorityRegions: ['Asia'],
  priorityStates: 'LBN, IRQ',
  multiYear: 'yes',
  annualAmount: '1000000',
  currency: 'EUR',
  contact: 'desk@example.org',
};
