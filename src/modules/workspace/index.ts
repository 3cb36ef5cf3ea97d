// Public face of the workspace module: the start page each role lands on after signing in.
export { workspaceRegistration } from './registration.js';
export { workspaceRoutes } from './routes.js';
