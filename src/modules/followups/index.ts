// Public face of the followups module: other modules import from here only.
export { canReadFollowUps, canRecordContacts } from './policy.js';
export { followupsProfileSection } from './profile-section.js';
export {
  type CoalitionOf,
  type Concerns,
  type ContactView,
  type FollowUpItem,
  followUpsFor,
  getContact,
  listContacts,
  listFollowUps,
  listWorklist,
  type WorklistRow,
  type WorklistSort,
  worklistSorts,
} from './queries.js';
export { recordContact } from './record-contact.js';
export { followupsRegistration } from './registration.js';
export { followupsRoutes } from './routes.js';
export { isOverdue, isStillOpen } from './rules.js';
export { updateContact } from './update-contact.js';
