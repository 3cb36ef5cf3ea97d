import { eq } from 'drizzle-orm';
import { defineVerb } from '../../kernel/verb.js';
import { UpdateCoalitionInput } from './inputs.js';
import { canWriteCoalitionOf, mayWriteSomeCoalition } from './policy.js';
import { coalitions } from './schema.js';
import {
  checkStates,
  coalitionOutcome,
  lockCoalition,
  permitOnCoalition,
  readMembers,
  writeMembers,
} from './write.js';

/**
 * Changes what a coalition is: its State, name, members, areas, status, source, consent to publish.
 * Editing is not confirming: the last confirmation changes only through `confirmCoalition`.
 */
export const updateCoalition = defineVerb({
  name: 'coalitions.update',
  input: UpdateCoalitionInput,
  allow: mayWriteSomeCoalition,
  permit: async (ctx, input) =>
    canWriteCoalitionOf(ctx.actor, input.stateIso3) && (await permitOnCoalition(ctx, input.id)),
  async run(ctx, input) {
    const { id, members, ...fields } = input;
    const before = await lockCoalition(ctx, id);
    await checkStates(ctx, fields.stateIso3, members);
    const membersBefore = await readMembers(ctx, id);
    await ctx.db
      .update(coalitions)
      .set({ ...fields, updatedAt: ctx.now })
      .where(eq(coalitions.id, id));
    await writeMembers(ctx, id, members);
    return coalitionOutcome(
      { id, stateIso3: fields.stateIso3 },
      { id },
      {
        before: {
          stateIso3: before.stateIso3,
          name: before.name,
          areas: before.areas,
          establishedOn: before.establishedOn,
          status: before.status,
          source: before.source,
          published: before.published,
          notes: before.notes,
          members: membersBefore,
        },
        after: { ...fields, members },
      },
    );
  },
});
