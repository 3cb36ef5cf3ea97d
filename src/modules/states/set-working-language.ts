import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { blankToUndefined } from '../../kernel/fields.js';
import { locales } from '../../kernel/i18n/index.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { iso3Schema } from './inputs.js';
import { canSetWorkingLanguage } from './policy.js';
import { states } from './schema.js';

/** A State's working language, or blank for "not known". */
export const SetWorkingLanguageInput = z.object({
  iso3: iso3Schema,
  language: z.preprocess(
    blankToUndefined,
    z.enum(locales, { message: 'states:errors.language' }).nullable().default(null),
  ),
});

/**
 * The ISU records the language a State corresponds in (English, French or Spanish), or that it is
 * not known. Reminders to the State are written in it; while unknown they go in English and the
 * pages say so.
 */
export const setWorkingLanguage = defineVerb({
  name: 'states.setWorkingLanguage',
  input: SetWorkingLanguageInput,
  allow: canSetWorkingLanguage,
  async run(ctx, input) {
    const row = await lockRowOrNotFound(ctx.db, states, states.iso3, input.iso3, 'state');
    if (row.workingLanguage === input.language) return { result: { changed: false }, audit: [] };
    await ctx.db
      .update(states)
      .set({ workingLanguage: input.language, updatedAt: ctx.now })
      .where(eq(states.iso3, input.iso3));
    return outcomeOn(
      { type: 'state', id: input.iso3, stateIso3: input.iso3 },
      { changed: true },
      { before: { workingLanguage: row.workingLanguage }, after: { workingLanguage: input.language } },
    );
  },
});
