import { indicatorAssessments } from '../schema.js';
import { withdrawVerb } from './write.js';

/** Withdraws an assessment in force: it stays in the history with who withdrew it, when and why. */
export const withdrawAssessment = withdrawVerb('progress.withdrawAssessment', indicatorAssessments);
