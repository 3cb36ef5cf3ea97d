import { and, eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { applyCorrections, type CorrectionRow, correctableValues, loadHistory } from './corrections.js';
import { CorrectObligationEventInput } from './inputs.js';
import { findingsAsFieldErrors, type LawFinding, obligationFactFindings } from './law.js';
import { meetingClosed } from './meeting-dates.js';
import { canCorrectObligationEvent } from './policy.js';
import { type Article, originalDeadlineFor } from './queries.js';
import { chronological, deriveObligation, entryIntoForce, type ObligationEvent } from './rules.js';
import {
  type CorrectedValues,
  obligationEventCorrections,
  obligationEvents,
  obligations,
  states,
} from './schema.js';

/**
 * The ISU corrects or withdraws a recorded obligation fact by appending a correction that names
 * the fact and says why. The fact is never edited: the history shows it as first recorded, marked
 * corrected or withdrawn with the reason, and the deadline and status read the corrected history.
 * The law at entry (law.ts) applies to the corrected history as to any entry: a correction that
 * would make a fact impossible is refused, one that leaves a fact flagged needs its note.
 */
export const correctObligationEvent = defineVerb({
  name: 'states.correctObligationEvent',
  input: CorrectObligationEventInput,
  allow: canCorrectObligationEvent,
  async run(ctx, input) {
    const [found] = await ctx.db
      .select({
        event: obligationEvents,
        article: obligations.article,
        instrumentDate: states.instrumentDate,
      })
      .from(obligationEvents)
      .innerJoin(obligations, eq(obligations.id, obligationEvents.obligationId))
      .innerJoin(states, eq(states.iso3, obligations.stateIso3))
      .where(and(eq(obligationEvents.id, input.eventId), eq(obligations.stateIso3, input.iso3)))
      // Locked like a new fact, so two corrections or a correction and a new fact see each other.
      .for('update', { of: obligations });
    if (!found) throw new NotFoundError('obligation_event', String(input.eventId));
    const { event, article } = found;
    const loaded = await loadHistory(ctx.db, [event.obligationId]);
    const before = applyCorrections(loaded.events, loaded.corrections);
    if (input.action === 'withdrawn' && !before.effective.some((e) => e.id === event.id))
      throw new ValidationError({ reason: ['states:errors.alreadyWithdrawn'] });
    const values: CorrectedValues | null =
      input.action === 'withdrawn'
        ? null
        : {
            occurredOn: input.occurredOn ?? null,
            meeting: input.meeting ?? null,
            requestedDeadline:
              event.kind === 'extension_requested' ? (input.requestedDeadline ?? null) : null,
            outcome: event.kind === 'extension_decided' ? (input.outcome ?? null) : null,
            newDeadline:
              event.kind === 'extension_decided' || event.kind === 'obligation_reopened'
                ? (input.newDeadline ?? null)
                : null,
            confirmed: input.confirmed,
            note: input.note ?? null,
            source: input.source ?? null,
            declaredOn: event.kind === 'completion_declared' ? (input.declaredOn ?? null) : null,
            documentTitle: input.documentTitle ?? null,
            documentSymbol: input.documentSymbol ?? null,
            documentUrl: input.documentUrl ?? null,
          };
    if (values && event.kind === 'extension_decided' && !values.outcome)
      throw new ValidationError({ outcome: ['states:errors.outcome'] });
    if (values && event.kind === 'extension_decided' && values.outcome !== 'refused' && !values.newDeadline)
      throw new ValidationError({ newDeadline: ['states:errors.newDeadlineRequired'] });

    const row = {
      eventId: event.id,
      action: input.action,
      values,
      reason: input.reason,
      recordedAt: ctx.now,
      recordedBy: ctx.actor.label,
    };
    // The correction as it will read once stored, to check the history it makes.
    const correction: CorrectionRow = { id: Number.MAX_SAFE_INTEGER, ...row };
    const after = applyCorrections(loaded.events, [...loaded.corrections, correction]);

    // The law, over the corrected history in the order things happened: the corrected fact is
    // answered at its fields; a later fact the correction would make impossible, at the reason.
    const original = originalDeadlineFor(
      article as Article,
      found.instrumentDate ? entryIntoForce(found.instrumentDate) : null,
    );
    const today = isoDay(ctx.now);
    const findingsOf = (history: typeof after.effective) => {
      const seq = chronological(history, meetingClosed) as unknown as Array<ObligationEvent & { id: number }>;
      return seq.map((e, i) => ({
        id: e.id,
        ...obligationFactFindings(
          { ...e, article: article as Article },
          deriveObligation(original, seq.slice(0, i)),
          today,
        ),
      }));
    };
    const refusedBefore = new Set(
      findingsOf(before.effective).flatMap((f) => f.refusals.map((r) => `${f.id}:${r.key}`)),
    );
    const refusals: LawFinding[] = [];
    const flags: LawFinding[] = [];
    for (const f of findingsOf(after.effective)) {
      if (f.id === event.id) {
        refusals.push(...f.refusals);
        flags.push(...f.flags);
      } else if (f.refusals.some((r) => !refusedBefore.has(`${f.id}:${r.key}`))) {
        refusals.push({ field: 'reason', key: 'states:errors.correctionBreaksHistory' });
      }
    }
    if (refusals.length) throw new ValidationError(findingsAsFieldErrors(refusals));
    if (values && flags.length && !values.note)
      throw new ValidationError(
        findingsAsFieldErrors([...flags, { field: 'note', key: 'states:law.reasonRequired' }]),
      );

    const [inserted] = await ctx.db
      .insert(obligationEventCorrections)
      .values(row)
      .returning({ id: obligationEventCorrections.id });
    if (!inserted) throw new NotFoundError('obligation_event', 'new');
    const summary = (history: typeof after.effective) => {
      const d = deriveObligation(
        original,
        chronological(history, meetingClosed) as unknown as ObligationEvent[],
      );
      return {
        status: d.status,
        currentDeadline: d.currentDeadline,
        pendingRequest: d.pendingRequest !== null,
        extensionsGranted: d.extensionsGranted,
      };
    };
    const current = before.effective.find((e) => e.id === event.id);
    return outcomeOn(
      { type: 'obligation_event', id: event.id, stateIso3: input.iso3 },
      { id: inserted.id },
      {
        before: {
          fact: current ? correctableValues(current) : null,
          withdrawn: !current,
          obligation: summary(before.effective),
        },
        after: {
          correction: inserted.id,
          action: input.action,
          reason: input.reason,
          fact: values,
          obligation: summary(after.effective),
        },
      },
    );
  },
});
