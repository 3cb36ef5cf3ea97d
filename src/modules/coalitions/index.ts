// Public face of the coalitions module: other modules import from here only (its tables from
// schema.ts, test helpers from testing.ts).
export { actionItemCoalitionLinks } from './action-item-links.js';
export { confirmCoalition } from './confirm-coalition.js';
export { createCoalition } from './create-coalition.js';
export { type ShownStatus, shownStatus } from './dormancy.js';
export { linkCoalitionMeeting, unlinkCoalitionMeeting } from './meeting-links.js';
export { linkCoalitionNeed, unlinkCoalitionNeed } from './need-links.js';
export { canWriteCoalitionOf, mayWriteSomeCoalition, seesAllCoalitions } from './policy.js';
export { coalitionsProfileSection } from './profile-section.js';
export {
  type CoalitionSummary,
  type CoalitionView,
  coalitionsActiveOn,
  getCoalitionForActor,
  listCoalitions,
  type MemberView,
} from './queries.js';
export { coalitionsRegistration } from './registration.js';
export { coalitionsRoutes } from './routes.js';
export { seedCoalitions } from './seed.js';
export { updateCoalition } from './update-coalition.js';
export { coalitionStatuses, memberKinds } from './vocabulary.js';
