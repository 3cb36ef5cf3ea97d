import { and, eq, inArray } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { applyCorrections, loadHistory } from './corrections.js';
import { CorrectStateDatesInput } from './inputs.js';
import {
  findingsAsFieldErrors,
  type LawFinding,
  originalDeadlineShiftFlags,
  registryDateRefusals,
} from './law.js';
import { canEditStateRegistry } from './policy.js';
import { originalDeadlineFor } from './queries.js';
import { entryIntoForce } from './rules.js';
import { obligations, states } from './schema.js';

/**
 * The ISU corrects a State's status and treaty dates; deadlines are recomputed from them on read.
 * Impossible dates are refused (law.ts); a new deposit date that leaves a recorded extension no
 * later than the new original deadline is saved only once the ISU confirms the warning.
 */
export const correctStateDates = defineVerb({
  name: 'states.correctStateDates',
  input: CorrectStateDatesInput,
  allow: canEditStateRegistry,
  async run(ctx, input) {
    const row = await lockRowOrNotFound(ctx.db, states, states.iso3, input.iso3, 'state');
    const next = {
      ccmStatus: input.ccmStatus,
      signatureDate: input.signatureDate ?? null,
      instrumentDate: input.instrumentDate ?? null,
      instrumentType: input.instrumentType ?? null,
      withdrawalNotified: input.withdrawalNotified ?? null,
      withdrawalEffective: input.withdrawalEffective ?? null,
    };
    const refusals = registryDateRefusals(next, isoDay(ctx.now));
    if (refusals.length) throw new ValidationError(findingsAsFieldErrors(refusals));
    if (next.instrumentDate !== row.instrumentDate && !input.acknowledgeWarnings) {
      const warnings = await deadlineShiftWarnings(ctx, input.iso3, next.instrumentDate);
      if (warnings.length)
        throw new ValidationError(
          findingsAsFieldErrors([
            ...warnings,
            { field: 'acknowledgeWarnings', key: 'states:law.confirmWarnings' },
          ]),
        );
    }
    const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof typeof next]]));
    await ctx.db
      .update(states)
      .set({ ...next, updatedAt: ctx.now })
      .where(eq(states.iso3, input.iso3));
    // Every State Party owes an initial report (Art 7), as the seed gives one to each party: a State
    // corrected into a party (a signatory that ratified) must get it too, or its deadline never shows.
    let addedArticle7 = false;
    if (next.instrumentDate && (next.ccmStatus === 'state_party' || next.ccmStatus === 'withdrawn')) {
      const [art7] = await ctx.db
        .select({ id: obligations.id })
        .from(obligations)
        .where(and(eq(obligations.stateIso3, input.iso3), eq(obligations.article, 7)));
      if (!art7) {
        await ctx.db.insert(obligations).values({
          stateIso3: input.iso3,
          article: 7,
          basis: 'state_party',
          source: null,
          createdAt: ctx.now,
        });
        addedArticle7 = true;
      }
    }
    return outcomeOn(
      { type: 'state', id: input.iso3, stateIso3: input.iso3 },
      { iso3: input.iso3 },
      {
        before,
        after: { ...next, reason: input.reason, ...(addedArticle7 ? { obligationsAdded: [7] } : {}) },
      },
    );
  },
});

/** Extensions recorded for Articles 3 and 4 that a new deposit date would leave meaningless. */
async function deadlineShiftWarnings(
  ctx: TxContext,
  iso3: string,
  instrumentDate: string | null,
): Promise<LawFinding[]> {
  if (!instrumentDate) return [];
  const obs = await ctx.db
    .select({ id: obligations.id, article: obligations.article })
    .from(obligations)
    .where(and(eq(obligations.stateIso3, iso3), inArray(obligations.article, [3, 4])));
  // With corrections applied: a withdrawn extension warns of nothing.
  const loaded = await loadHistory(
    ctx.db,
    obs.map((o) => o.id),
  );
  const articleOf = new Map(obs.map((o) => [o.id, o.article]));
  const rows = applyCorrections(loaded.events, loaded.corrections).effective.map((event) => ({
    article: articleOf.get(event.obligationId),
    event,
  }));
  const eif = entryIntoForce(instrumentDate);
  return ([3, 4] as const).flatMap((article) =>
    originalDeadlineShiftFlags(
      article,
      originalDeadlineFor(article, eif),
      rows.filter((r) => r.article === article).map((r) => r.event),
    ),
  );
}
