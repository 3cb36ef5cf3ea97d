export { homeRegistration } from './registration.js';
export { homeRoutes } from './routes.js';
