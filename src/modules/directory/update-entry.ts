import { eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { nextVersion } from '../../kernel/record-version.js';
import { defineVerb } from '../../kernel/verb.js';
import { EntryNotFoundError, UpdateEntryInput } from './inputs.js';
import { mayWriteDirectory } from './policy.js';
import { directoryEntries } from './schema.js';
import { audit, declared, lockEntry, permitEntryState } from './write.js';

/** Edits a contact; its State never changes. Saving an edit is also a confirmation. */
export const updateEntry = defineVerb({
  name: 'directory.updateEntry',
  input: UpdateEntryInput,
  allow: mayWriteDirectory,
  permit: permitEntryState,
  async run(ctx, input) {
    const before = await lockEntry(ctx.db, input.id);
    const version = nextVersion(before, input.version);
    const [after] = await ctx.db
      .update(directoryEntries)
      .set({ ...declared(input), lastConfirmedOn: isoDay(ctx.now), version, updatedAt: ctx.now })
      .where(eq(directoryEntries.id, input.id))
      .returning();
    if (!after) throw new EntryNotFoundError(input.id);
    return { result: { id: after.id }, audit: audit(before, after) };
  },
});
