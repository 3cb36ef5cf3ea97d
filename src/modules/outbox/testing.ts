// The outbox module's face for other modules' tests (never imported by application code).
export * as outboxPolicy from './policy.js';
