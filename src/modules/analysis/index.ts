// Public face of the analysis module: other modules import from here only.
export { addMember } from './add-member.js';
export { answerQuestion } from './answer-question.js';
export { askQuestion } from './ask-question.js';
export { canReadThread, canReadWorkspace } from './policy.js';
export { type CostedPlanAssessment, costedPlanAssessments, listRequestRows } from './queries.js';
export { analysisRegistration } from './registration.js';
export { analysisRoutes } from './routes.js';
export { setChecklistItem } from './set-checklist-item.js';
export { writeDraft } from './write-draft.js';
