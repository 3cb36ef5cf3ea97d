// The accounts module's face for other modules' tests (never imported by application code).
export * as accountsPolicy from './policy.js';
