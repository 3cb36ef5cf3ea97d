import { defineVerb } from '../../../kernel/verb.js';
import { WriteQuestionsInput } from './inputs.js';
import { canWriteSomeNarrative } from './policy.js';
import { mayWriteSlot, writeRevision } from './write.js';

/** Writes a section's questions for discussion (one per line): a new draft revision. */
export const writeQuestions = defineVerb({
  name: 'progress.writeQuestions',
  input: WriteQuestionsInput,
  allow: canWriteSomeNarrative,
  permit: (ctx, input) => mayWriteSlot(ctx, input.meeting, input.section, 'questions'),
  run: (ctx, input) => writeRevision(ctx, { ...input, key: 'questions', kind: 'questions' }),
});
