// The practices module's face for other modules' tests (never imported by application code).
export * as practicesPolicy from './policy.js';
