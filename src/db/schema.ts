// The one schema of the application: each module owns its tables; this file only gathers them.
export * from '../kernel/audit/schema.js';
export * from '../modules/accounts/schema.js';
export * from '../modules/analysis/schema.js';
export * from '../modules/calendar/schema.js';
export * from '../modules/coalitions/schema.js';
export * from '../modules/cooperation/schema.js';
export * from '../modules/directory/schema.js';
export * from '../modules/extensions/schema.js';
export * from '../modules/followups/schema.js';
export * from '../modules/outbox/schema.js';
export * from '../modules/practices/schema.js';
export * from '../modules/progress/schema.js';
export * from '../modules/reports/schema.js';
export * from '../modules/states/schema.js';
export * from '../modules/workplans/schema.js';
