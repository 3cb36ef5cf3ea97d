// The followups module's face for other modules' tests (never imported by application code).
export * as followupsPolicy from './policy.js';
