// The work plans module's face for other modules' tests (never imported by application code).
export * as workPlansPolicy from './policy.js';
