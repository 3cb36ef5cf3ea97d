import { officeAreas } from '../calendar/index.js';

/** The thematic areas of the catalogue: the Coordinators' areas (calendar vocabulary). */
export const practiceAreas = officeAreas;
export type PracticeArea = (typeof practiceAreas)[number];

export const practiceLanguages = ['en', 'fr', 'es'] as const;
export type PracticeLanguage = (typeof practiceLanguages)[number];

export const sourceKinds = ['report_row', 'meeting_statement', 'document'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** `proposed`: entered by a focal point, not yet public; `published`: in the public catalogue; `withdrawn`: final. */
export const practiceStatuses = ['proposed', 'published', 'withdrawn'] as const;
export type PracticeStatus = (typeof practiceStatuses)[number];

/** The Lausanne Action Plan has 50 actions. */
export const LAP_ACTIONS = 50;
