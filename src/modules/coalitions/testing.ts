// The coalitions module's face for other modules' tests (never imported by application code).
export * as coalitionsPolicy from './policy.js';
