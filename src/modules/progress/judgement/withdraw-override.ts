import { figureOverrides } from '../schema.js';
import { withdrawVerb } from './write.js';

/** Withdraws an agreed figure: the computed one is shown again; the agreed one stays in the history. */
export const withdrawOverride = withdrawVerb('progress.withdrawOverride', figureOverrides);
