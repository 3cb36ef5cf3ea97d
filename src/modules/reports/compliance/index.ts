// Public face of the compliance sub-module (it imports the reports module's face, so it has its own).
export { complianceRoutes } from './routes.js';
