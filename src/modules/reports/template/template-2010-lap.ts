import { supplementOf } from './supplement.js';
import { template2010 } from './template-2010.js';
import type { ScalarField } from './types.js';

/**
 * The 2010 formats plus the platform's Lausanne Action Plan questions: what the Progress Report
 * counts and the 2010 formats do not ask (indicators 1a, 5a, 8, 21a, 23a, 32, 37a, 37b, 38b, 39a;
 * "on track" and "will request an extension" for Articles 3 and 4; resources mobilised for victim
 * assistance), and a question of its own for each meaning the 2010 formats ask in one (2a apart from
 * 19a, 4a apart from 23b). Not the Convention's template: every rendering says so (decision 020).
 * Keys are stored in reports: never rename one. Labels: src/locales/<lang>/template2010lap.json,
 * falling back to template2010.json for everything the 2010 formats already ask.
 */

const yesno = (key: string, indicator?: string, partly = false): ScalarField => ({
  kind: 'yesno',
  key,
  ...(indicator ? { indicator } : {}),
  ...(partly ? { partly } : {}),
});

export const template2010Lap = supplementOf(template2010, {
  id: '2010-lap',
  reference:
    'Platform supplement to CCM/MSP/2010/PM/10: Lausanne Action Plan questions (not an official template)',
  namespace: 'template2010lap',
  add: {
    // Article 3: the summary of section D counts States on track and extensions to come.
    B: [yesno('art3OnTrack'), yesno('art3ExtensionIntended')],
    F: [
      yesno('comprehensiveStrategy', 'LAP2'),
      yesno('strategyDevelopedInclusively', 'LAP5', true),
      yesno('innovativeMethodologies', 'LAP21'),
      yesno('humanitarianConsiderationsInClearance', 'LAP23', true),
      yesno('art4OnTrack'),
      yesno('art4ExtensionIntended'),
    ],
    H: [
      yesno('victimNeedsInPolicies', 'LAP32', true),
      yesno('victimAssistanceTrainingSupported', 'LAP37'),
      yesno('victimsCaredForByQualifiedPersonnel', 'LAP37', true),
      yesno('victimAssistanceResourcesMobilised'),
    ],
    I: [yesno('innovativeFinancing', 'LAP38'), yesno('practiceSharedInCooperation', 'LAP39')],
    // Asked of every State: 4a counts States with any of the obligations of Articles 3, 4 and 5.
    J: [
      yesno('implementationInNationalPlans', 'LAP1'),
      yesno('genderDiversityInPlans', 'LAP4', true),
      yesno('coordinatedWithOtherFrameworks', 'LAP8', true),
    ],
  },
  // The 2010 questions that served two meanings now serve the narrower one.
  indicators: {
    F: {
      nationalStrategy: { indicator: 'LAP19' },
      genderDiversityIntegrated: { indicator: 'LAP23' },
    },
  },
  answers: {
    nationalStrategy: { form: 'F', question: 'comprehensiveStrategy' },
    evidenceBasedStrategy: { form: 'F', question: 'nationalStrategy' },
    genderDiversityInPlans: { form: 'J', question: 'genderDiversityInPlans' },
    genderDiversityInClearance: { form: 'F', question: 'genderDiversityIntegrated' },
    art3OnTrack: { form: 'B', question: 'art3OnTrack' },
    art3ExtensionIntended: { form: 'B', question: 'art3ExtensionIntended' },
    strategyDevelopedInclusively: { form: 'F', question: 'strategyDevelopedInclusively' },
    innovativeMethodologies: { form: 'F', question: 'innovativeMethodologies' },
    humanitarianConsiderationsInClearance: { form: 'F', question: 'humanitarianConsiderationsInClearance' },
    art4OnTrack: { form: 'F', question: 'art4OnTrack' },
    art4ExtensionIntended: { form: 'F', question: 'art4ExtensionIntended' },
    victimNeedsInPolicies: { form: 'H', question: 'victimNeedsInPolicies' },
    victimAssistanceTrainingSupported: { form: 'H', question: 'victimAssistanceTrainingSupported' },
    victimsCaredForByQualifiedPersonnel: { form: 'H', question: 'victimsCaredForByQualifiedPersonnel' },
    victimAssistanceResourcesMobilised: { form: 'H', question: 'victimAssistanceResourcesMobilised' },
    innovativeFinancing: { form: 'I', question: 'innovativeFinancing' },
    practiceSharedInCooperation: { form: 'I', question: 'practiceSharedInCooperation' },
    implementationInNationalPlans: { form: 'J', question: 'implementationInNationalPlans' },
    coordinatedWithOtherFrameworks: { form: 'J', question: 'coordinatedWithOtherFrameworks' },
  },
});
