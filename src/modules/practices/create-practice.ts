import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { CreatePracticeInput } from './inputs.js';
import { createsForAnyone, mayCreatePractice, mayCreatePracticeFor } from './policy.js';
import { goodPractices } from './schema.js';
import { audit, checkReferences, described } from './write.js';

/**
 * Enters a practice. The ISU's and Coordinators' practices are published at once; a focal point's
 * names its own State (and no other) and waits, proposed, until the ISU or a Coordinator publishes it.
 */
export const createPractice = defineVerb({
  name: 'practices.createPractice',
  input: CreatePracticeInput,
  allow: mayCreatePractice,
  permit: (ctx, input) =>
    createsForAnyone(ctx.actor) ||
    (input.states.length > 0 && input.states.every((iso3) => mayCreatePracticeFor(ctx.actor, iso3))),
  async run(ctx, input) {
    const errors = await checkReferences(ctx.db, input);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const [row] = await ctx.db
      .insert(goodPractices)
      .values({
        ...described(input),
        referenceKey: input.referenceKey,
        status: createsForAnyone(ctx.actor) ? 'published' : 'proposed',
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('good practice not inserted');
    return { result: { id: row.id, status: row.status }, audit: audit(null, row) };
  },
});
