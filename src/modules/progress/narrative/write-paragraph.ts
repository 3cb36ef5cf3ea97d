import { defineVerb } from '../../../kernel/verb.js';
import { WriteParagraphInput } from './inputs.js';
import { canWriteSomeNarrative } from './policy.js';
import { mayWriteSlot, writeRevision } from './write.js';

/**
 * Writes a paragraph of a meeting's Progress Report that its author role writes (a Coordinator of
 * the area, or the President): a new draft revision, the one before kept in the history.
 */
export const writeParagraph = defineVerb({
  name: 'progress.writeParagraph',
  input: WriteParagraphInput,
  allow: canWriteSomeNarrative,
  permit: (ctx, input) => mayWriteSlot(ctx, input.meeting, input.section, input.key),
  run: (ctx, input) => writeRevision(ctx, { ...input, kind: 'paragraph' }),
});
