// The calendar module's face for other modules' tests (never imported by application code).
export * as calendarPolicy from './policy.js';
