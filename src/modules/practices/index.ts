// Public face of the practices module (the catalogue of good practices): other modules import from here only.
export { createPractice } from './create-practice.js';
export { CreatePracticeInput, PracticeNotFoundError, UpdatePracticeInput } from './inputs.js';
export { canMaintainPractices, canReadPractice, mayCreatePractice } from './policy.js';
export {
  getPractice,
  languagesOf,
  listPractices,
  type PracticeFilter,
  type PracticeView,
  textFor,
} from './queries.js';
export { practicesRegistration } from './registration.js';
export { parsePracticeFilter, practicesRoutes } from './routes.js';
export { seedGoodPractices } from './seed.js';
export { updatePractice } from './update-practice.js';
export {
  LAP_ACTIONS,
  type PracticeArea,
  type PracticeLanguage,
  type PracticeStatus,
  practiceAreas,
  practiceLanguages,
  practiceStatuses,
  type SourceKind,
  sourceKinds,
} from './vocabulary.js';
export { withdrawPractice } from './withdraw-practice.js';
