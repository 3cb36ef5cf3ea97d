import { isoDay } from '../../kernel/clock.js';
import { nextVersion } from '../../kernel/record-version.js';
import { defineVerb } from '../../kernel/verb.js';
import { saveEdit } from '../../kernel/verb-helpers.js';
import { UpdateEntryInput } from './inputs.js';
import { mayWriteDirectory } from './policy.js';
import { declared, entryRows, lockEntry, permitEntryState } from './write.js';

/** Edits a contact; its State never changes. Saving an edit is also a confirmation. */
export const updateEntry = defineVerb({
  name: 'directory.updateEntry',
  input: UpdateEntryInput,
  allow: mayWriteDirectory,
  permit: permitEntryState,
  async run(ctx, input) {
    const before = await lockEntry(ctx.db, input.id);
    const version = nextVersion(before, input.version);
    return saveEdit(ctx, entryRows, before, {
      ...declared(input),
      lastConfirmedOn: isoDay(ctx.now),
      version,
    });
  },
});
