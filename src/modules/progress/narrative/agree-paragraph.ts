import { defineVerb } from '../../../kernel/verb.js';
import { AgreeParagraphInput } from './inputs.js';
import { canWriteSomeNarrative } from './policy.js';
import { mayWriteSlot, writeRevision } from './write.js';

/** Agrees a written paragraph as it stands at the revision the person read. */
export const agreeParagraph = defineVerb({
  name: 'progress.agreeParagraph',
  input: AgreeParagraphInput,
  allow: canWriteSomeNarrative,
  permit: (ctx, input) => mayWriteSlot(ctx, input.meeting, input.section, input.key),
  run: (ctx, input) => writeRevision(ctx, { ...input, kind: 'paragraph', text: null }),
});
