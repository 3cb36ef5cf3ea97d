import { defineVerb } from '../../../kernel/verb.js';
import { AgreeQuestionsInput } from './inputs.js';
import { canWriteSomeNarrative } from './policy.js';
import { mayWriteSlot, writeRevision } from './write.js';

/** Agrees a section's questions for discussion as they stand at the revision the person read. */
export const agreeQuestions = defineVerb({
  name: 'progress.agreeQuestions',
  input: AgreeQuestionsInput,
  allow: canWriteSomeNarrative,
  permit: (ctx, input) => mayWriteSlot(ctx, input.meeting, input.section, 'questions'),
  run: (ctx, input) => writeRevision(ctx, { ...input, key: 'questions', kind: 'questions', text: null }),
});
