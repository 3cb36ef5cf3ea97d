import { eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { RegisterStateInput } from './inputs.js';
import { findingsAsFieldErrors, registryDateRefusals } from './law.js';
import { canEditStateRegistry } from './policy.js';
import { obligations, states } from './schema.js';

/** Adds a State and the obligations it carries. A State already registered is refused, never overwritten. */
export const registerState = defineVerb({
  name: 'states.registerState',
  input: RegisterStateInput,
  allow: canEditStateRegistry,
  async run(ctx, input) {
    const [existing] = await ctx.db
      .select({ iso3: states.iso3 })
      .from(states)
      .where(eq(states.iso3, input.iso3));
    if (existing)
      throw new ConflictError('STATES.ALREADY_REGISTERED', 'states:errors.alreadyRegistered', {
        iso3: input.iso3,
      });
    const refusals = registryDateRefusals(input, isoDay(ctx.now));
    if (refusals.length) throw new ValidationError(findingsAsFieldErrors(refusals));
    const { obligations: obs, ...state } = input;
    await ctx.db.insert(states).values({ ...state, updatedAt: ctx.now });
    if (obs.length) {
      await ctx.db.insert(obligations).values(
        obs.map((o) => ({
          stateIso3: input.iso3,
          article: o.article,
          basis: o.basis,
          source: o.source,
          createdAt: ctx.now,
        })),
      );
    }
    return outcomeOn(
      { type: 'state', id: input.iso3, stateIso3: input.iso3 },
      { iso3: input.iso3 },
      { after: input },
    );
  },
});
