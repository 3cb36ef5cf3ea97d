// The handshake between partners and States on a need: interest → commitment → delivered → confirmed.

export { commitToNeed } from './commit-to-need.js';
export { confirmDelivery } from './confirm-delivery.js';
export type { CommitInput, ConfirmInput, RespondInput } from './inputs.js';
export { markDelivered } from './mark-delivered.js';
export { responsesSection } from './need-section.js';
export { needLink, RESPONSE_MAIL_PURPOSE } from './notify.js';
export {
  countConfirmed,
  getResponse,
  listResponsesFor,
  listResponsesToNeed,
  type ResponseView,
} from './queries.js';
export { respondToNeed } from './respond-to-need.js';
export { responsesRoutes } from './routes.js';
export { canTakeStep, needTakesResponses, steps } from './rules.js';
export { withdrawResponse } from './withdraw-response.js';
