import { wireCooperation } from './modules/cooperation/index.js';

/**
 * Connects the modules to one another's events and providers (kernel/events.ts): every entry point
 * calls this before the first write (the server, createApp, the tests' databases). Idempotent.
 */
export function wireModules(): void {
  wireCooperation();
}
