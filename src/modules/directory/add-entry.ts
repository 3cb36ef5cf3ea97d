import { isoDay } from '../../kernel/clock.js';
import { defineVerb } from '../../kernel/verb.js';
import { requireRegisteredState } from '../states/index.js';
import { AddEntryInput } from './inputs.js';
import { canWriteDirectoryOf, mayWriteDirectory } from './policy.js';
import { directoryEntries } from './schema.js';
import { audit } from './write.js';

/** Adds a contact to a State's directory: confirmed today, by the person who enters it. */
export const addEntry = defineVerb({
  name: 'directory.addEntry',
  input: AddEntryInput,
  allow: mayWriteDirectory,
  permit: (ctx, input) => canWriteDirectoryOf(ctx.actor, input.stateIso3),
  async run(ctx, input) {
    await requireRegisteredState(ctx.db, input.stateIso3, { stateIso3: ['directory:errors.state'] });
    const { stateIso3, ...fields } = input;
    const [row] = await ctx.db
      .insert(directoryEntries)
      .values({
        stateIso3,
        ...fields,
        lastConfirmedOn: isoDay(ctx.now),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('directory entry not inserted');
    return { result: { id: row.id }, audit: audit(null, row) };
  },
});
