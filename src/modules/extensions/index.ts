// Public face of the extensions module: other modules import from here only.
export { canReadRequest, canWriteRequestOf, mayWriteSomeRequest } from './policy.js';
export {
  type ExtensionRequestView,
  findRequestForObligationEvent,
  flagsOf,
  getRequestForActor,
  listRequestsFor,
  type PlanRow,
  type RequestListRow,
  type RequestRow,
} from './queries.js';
export { extensionsRegistration } from './registration.js';
export { extensionsDeadlineExtras, extensionsProfileSection, extensionsRoutes } from './routes.js';
export {
  CAP_YEARS,
  fundingGap,
  type ProjectionBasis,
  type StrictlyNecessaryFlag,
  strictlyNecessaryFlag,
  type Timeliness,
  timelinessOf,
} from './rules.js';
export { setPlanRows } from './set-plan-rows.js';
export { startRequest } from './start-request.js';
export { submitRequest } from './submit-request.js';
export { updateRequest } from './update-request.js';
export { withdrawRequest } from './withdraw-request.js';
