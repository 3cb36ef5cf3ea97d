import { inArray } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { states } from '../states/index.js';
import { OfficeHolderInput } from './inputs.js';
import { meetingDays } from './office-holders.js';
import { canWriteCalendar } from './policy.js';
import { periodDays } from './rules.js';
import { officeHolders } from './schema.js';

/**
 * What the database must answer about an office holder's values: the State is in the registry, and
 * a period whose ends can be placed does not run backwards.
 */
export async function checkOfficeHolder(
  ctx: TxContext,
  v: { stateIso3: string | null; periodFrom: string | null; periodTo: string | null },
): Promise<void> {
  const errors: FieldErrors = {};
  if (v.stateIso3) {
    const found = await ctx.db
      .select({ iso3: states.iso3 })
      .from(states)
      .where(inArray(states.iso3, [v.stateIso3]));
    if (!found.length) errors.stateIso3 = ['calendar:errors.unknownState'];
  }
  if (v.periodFrom && v.periodTo) {
    const days = periodDays({ from: v.periodFrom, to: v.periodTo }, await meetingDays(ctx.db));
    if (days?.from && days.to && days.to < days.from) errors.periodTo = ['calendar:errors.periodBackwards'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Records who held an office of the Convention, for which period, on which source. */
export const recordOfficeHolder = defineVerb({
  name: 'calendar.recordOfficeHolder',
  input: OfficeHolderInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    await checkOfficeHolder(ctx, input);
    const [row] = await ctx.db
      .insert(officeHolders)
      .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: officeHolders.id });
    return outcomeOn(
      { type: 'office_holder', id: row!.id, stateIso3: input.stateIso3 },
      { id: row!.id },
      { after: input },
    );
  },
});
