// Public face of the accounts module: other modules import from here only.
export { acceptInvitation } from './accept-invitation.js';
export { assignRole } from './assign-role.js';
export { type Auth, createAuth } from './auth.js';
export {
  coordinatorAreas,
  coordinatorOfficesOn,
  linkCoordinatorOffice,
  unlinkCoordinatorOffice,
} from './coordinator-offices.js';
export { createApiToken } from './create-api-token.js';
export { createUser } from './create-user.js';
export { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from './demo-accounts.js';
export { inviteUser } from './invite-user.js';
export { changePassword, requestPasswordReset, resetPassword } from './passwords.js';
export { findActorForApiToken, findActorForUser, listUsers } from './queries.js';
export { accountsRegistration } from './registration.js';
export { revokeApiToken } from './revoke-api-token.js';
export { accountsRoutes } from './routes.js';
export { type ApiArea, apiAreas, type RoleName } from './schema.js';
export { recordSecurityEvent, type SecurityEventKind } from './security-log.js';
export { actorForSession, TOTP_ENROLMENT_PATHS } from './session.js';
export { setUserDisabled } from './set-user-disabled.js';
