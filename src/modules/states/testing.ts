// The states module's face for other modules' tests (never imported by application code).
export * as statesPolicy from './policy.js';
