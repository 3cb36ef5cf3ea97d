export { apiRegistration } from './registration.js';
export { apiRoutes } from './routes.js';
