import { defineVerb } from '../../kernel/verb.js';
import { confirmToday } from '../../kernel/verb-helpers.js';
import { EntryRef } from './inputs.js';
import { mayWriteDirectory } from './policy.js';
import { entryRows, lockEntry, permitEntryState } from './write.js';

/** "Still right": the entry's last confirmation becomes today. Confirming twice on one day changes nothing. */
export const confirmEntry = defineVerb({
  name: 'directory.confirmEntry',
  input: EntryRef,
  allow: mayWriteDirectory,
  permit: permitEntryState,
  async run(ctx, input) {
    const before = await lockEntry(ctx.db, input.id);
    return confirmToday(ctx, entryRows, before);
  },
});
