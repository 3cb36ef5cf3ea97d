// Test helpers of the extensions module, for its tests and other modules' (not imported by application code).
export * as extensionsPolicy from './policy.js';
