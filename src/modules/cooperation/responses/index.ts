// The handshake between partners and States on a need: interest → commitment → delivered → confirmed.
export type { CommitInput, ConfirmInput, RespondInput } from './inputs.js';
export { responsesSection } from './need-section.js';
export { needLink, RESPONSE_MAIL_PURPOSE } from './notify.js';
export {
  countConfirmed,
  getResponse,
  listResponsesFor,
  listResponsesToNeed,
  type ResponseView,
} from './queries.js';
export { responsesRoutes } from './routes.js';
export { canTakeStep, needTakesResponses, steps } from './rules.js';
export { commitToNeed, confirmDelivery, markDelivered, respondToNeed, withdrawResponse } from './verbs.js';
