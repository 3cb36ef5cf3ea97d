import { eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { nextVersion } from '../../kernel/record-version.js';
import { defineVerb } from '../../kernel/verb.js';
import { EntryNotFoundError, EntryRef } from './inputs.js';
import { mayWriteDirectory } from './policy.js';
import { directoryEntries } from './schema.js';
import { audit, lockEntry, permitEntryState } from './write.js';

/** "Still right": the entry's last confirmation becomes today. Confirming twice on one day changes nothing. */
export const confirmEntry = defineVerb({
  name: 'directory.confirmEntry',
  input: EntryRef,
  allow: mayWriteDirectory,
  permit: permitEntryState,
  async run(ctx, input) {
    const before = await lockEntry(ctx.db, input.id);
    const today = isoDay(ctx.now);
    if (before.lastConfirmedOn === today) return { result: { id: before.id, changed: false }, audit: [] };
    const [after] = await ctx.db
      .update(directoryEntries)
      .set({ lastConfirmedOn: today, version: nextVersion(before), updatedAt: ctx.now })
      .where(eq(directoryEntries.id, input.id))
      .returning();
    if (!after) throw new EntryNotFoundError(input.id);
    return { result: { id: after.id, changed: true }, audit: audit(before, after) };
  },
});
