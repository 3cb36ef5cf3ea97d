// The directory module's face for other modules' tests (never imported by application code).
export * as directoryPolicy from './policy.js';
