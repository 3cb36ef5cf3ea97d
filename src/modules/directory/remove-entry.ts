import { eq } from 'drizzle-orm';
import { defineVerb } from '../../kernel/verb.js';
import { EntryRef } from './inputs.js';
import { mayWriteDirectory } from './policy.js';
import { directoryEntries } from './schema.js';
import { audit, lockEntry, permitEntryState } from './write.js';

/**
 * Removes a contact for good: personal data is not kept once the State withdraws it. The audit
 * entry keeps what was removed and by whom, as for every write.
 */
export const removeEntry = defineVerb({
  name: 'directory.removeEntry',
  input: EntryRef,
  allow: mayWriteDirectory,
  permit: permitEntryState,
  async run(ctx, input) {
    const before = await lockEntry(ctx.db, input.id);
    await ctx.db.delete(directoryEntries).where(eq(directoryEntries.id, input.id));
    return { result: { id: before.id, stateIso3: before.stateIso3 }, audit: audit(before, null) };
  },
});
