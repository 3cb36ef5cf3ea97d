// Faces of the analysis module for other modules' tests.
export * as analysisPolicy from './policy.js';
