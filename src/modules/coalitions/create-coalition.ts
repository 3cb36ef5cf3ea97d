import { isoDay } from '../../kernel/clock.js';
import { defineVerb } from '../../kernel/verb.js';
import { CreateCoalitionInput } from './inputs.js';
import { canWriteCoalitionOf, mayWriteSomeCoalition } from './policy.js';
import { coalitions } from './schema.js';
import { checkStates, coalitionOutcome, writeMembers } from './write.js';

/** Records a Country Coalition around one State, with its partners; a new record counts as confirmed that day unless a day is given. */
export const createCoalition = defineVerb({
  name: 'coalitions.create',
  input: CreateCoalitionInput,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => canWriteCoalitionOf(ctx.actor, input.stateIso3),
  async run(ctx, input) {
    const { members, referenceKey, lastConfirmedOn, ...fields } = input;
    await checkStates(ctx, fields.stateIso3, members);
    const confirmed = lastConfirmedOn ?? isoDay(ctx.now);
    const [row] = await ctx.db
      .insert(coalitions)
      .values({
        ...fields,
        lastConfirmedOn: confirmed,
        referenceKey: referenceKey ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: coalitions.id });
    const id = row!.id;
    await writeMembers(ctx, id, members);
    return coalitionOutcome(
      { id, stateIso3: fields.stateIso3 },
      { id },
      { after: { ...fields, members, lastConfirmedOn: confirmed } },
    );
  },
});
