import { inArray } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { states } from '../states/index.js';
import { OfficeHolderInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { officeHolders } from './schema.js';

/** Records who held an office of the Convention, for which period, on which source. */
export const recordOfficeHolder = defineVerb({
  name: 'calendar.recordOfficeHolder',
  input: OfficeHolderInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    if (input.stateIso3) {
      const found = await ctx.db
        .select({ iso3: states.iso3 })
        .from(states)
        .where(inArray(states.iso3, [input.stateIso3]));
      if (!found.length) throw new ValidationError({ stateIso3: ['calendar:errors.unknownState'] });
    }
    const [row] = await ctx.db
      .insert(officeHolders)
      .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: officeHolders.id });
    return {
      result: { id: row!.id },
      audit: [
        {
          subjectType: 'office_holder',
          subjectId: String(row!.id),
          stateIso3: input.stateIso3,
          after: input,
        },
      ],
    };
  },
});
