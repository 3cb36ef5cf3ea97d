// The calendar module's face for other modules' tests (never imported by application code).
export * as calendarPolicy from './policy.js';

/** Chile as thematic Coordinator on victim assistance from the 12MSP to the 13MSP, as the ISU records it. */
export const chileVictimAssistanceCoordinator = {
  office: 'thematic_coordinator',
  area: 'victim_assistance',
  stateIso3: 'CHL',
  personName: null,
  gender: 'not_known',
  periodFrom: '12MSP',
  periodTo: '13MSP',
  sourceTitle: 'Letter of the Presidency (example)',
  sourceHref: 'https://example.org/letter',
} as const;
