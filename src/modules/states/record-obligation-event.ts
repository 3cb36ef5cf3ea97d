import { and, eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { applyCorrections, loadHistory } from './corrections.js';
import { RecordObligationEventInput } from './inputs.js';
import { findingsAsFieldErrors, obligationFactFindings } from './law.js';
import { meetingClosed } from './meeting-dates.js';
import { canRecordObligationEvent, mayRecordSomeEvent } from './policy.js';
import { originalDeadlineFor } from './queries.js';
import { chronological, deriveObligation, entryIntoForce, type ObligationEvent } from './rules.js';
import { obligationEvents, obligations, states } from './schema.js';

/**
 * Appends a fact to an obligation's history: an extension request, a decision, a completion, a
 * reopening or an initial report received. History is never edited; a correction is a new fact.
 * What the Convention makes impossible is refused; what it forbids but has happened (a late
 * request or completion) needs a reason in the note (law.ts).
 */
export const recordObligationEvent = defineVerb({
  name: 'states.recordObligationEvent',
  input: RecordObligationEventInput,
  allow: mayRecordSomeEvent,
  permit: (ctx, input) => canRecordObligationEvent(ctx.actor, input.iso3, input.kind),
  async run(ctx, input) {
    const [obligation] = await ctx.db
      .select({ id: obligations.id, instrumentDate: states.instrumentDate })
      .from(obligations)
      .innerJoin(states, eq(states.iso3, obligations.stateIso3))
      .where(and(eq(obligations.stateIso3, input.iso3), eq(obligations.article, input.article)))
      // Locked, so two facts recorded at once are each checked against the other.
      .for('update', { of: obligations });
    if (!obligation) {
      throw new ValidationError({ article: ['states:errors.noSuchObligation'] });
    }
    // The audit shows what the fact did to the obligation (a deadline moved, a request now pending),
    // not only the row appended: that is what a reviewer of the trail needs to see.
    // With corrections applied: a withdrawn fact no longer counts, a corrected one counts as corrected.
    const loaded = await loadHistory(ctx.db, [obligation.id]);
    const history = applyCorrections(loaded.events, loaded.corrections).effective;
    const original = originalDeadlineFor(
      input.article,
      obligation.instrumentDate ? entryIntoForce(obligation.instrumentDate) : null,
    );
    const inOrder = (events: ObligationEvent[]) => chronological(events, meetingClosed);
    const summary = (events: ObligationEvent[]) => {
      const d = deriveObligation(original, inOrder(events));
      return {
        status: d.status,
        currentDeadline: d.currentDeadline,
        currentDeadlineConfirmed: d.currentDeadlineConfirmed,
        pendingRequest: d.pendingRequest !== null,
        extensionsGranted: d.extensionsGranted,
      };
    };
    const fact = {
      article: input.article,
      kind: input.kind,
      occurredOn: input.occurredOn ?? null,
      requestedDeadline: 'requestedDeadline' in input ? (input.requestedDeadline ?? null) : null,
      newDeadline: 'newDeadline' in input ? (input.newDeadline ?? null) : null,
      outcome: 'outcome' in input ? input.outcome : null,
    };
    // Checked against the obligation as it stood when the fact took place: a decision back-filled
    // after later ones is measured against the deadline in force at its own date.
    const candidate = { ...fact, meeting: input.meeting ?? null, confirmed: true, note: null, source: null };
    const sequence = inOrder([...history, candidate]);
    const before = sequence.slice(0, sequence.indexOf(candidate));
    const findings = obligationFactFindings(fact, deriveObligation(original, before), isoDay(ctx.now));
    if (findings.refusals.length) throw new ValidationError(findingsAsFieldErrors(findings.refusals));
    if (findings.flags.length && !input.note)
      throw new ValidationError(
        findingsAsFieldErrors([...findings.flags, { field: 'note', key: 'states:law.reasonRequired' }]),
      );
    if (input.referenceKey) {
      const [dup] = await ctx.db
        .select({ id: obligationEvents.id })
        .from(obligationEvents)
        .where(eq(obligationEvents.referenceKey, input.referenceKey));
      if (dup) throw new ConflictError('STATES.EVENT_EXISTS', 'states:errors.eventExists');
    }
    const row = {
      obligationId: obligation.id,
      kind: input.kind,
      occurredOn: fact.occurredOn,
      meeting: input.meeting ?? null,
      requestedDeadline: fact.requestedDeadline,
      outcome: fact.outcome,
      newDeadline: fact.newDeadline,
      confirmed: input.confirmed,
      note: input.note ?? null,
      source: input.source ?? null,
      declaredOn: 'declaredOn' in input ? (input.declaredOn ?? null) : null,
      documentTitle: input.documentTitle ?? null,
      documentSymbol: input.documentSymbol ?? null,
      documentUrl: input.documentUrl ?? null,
      referenceKey: input.referenceKey ?? null,
      recordedAt: ctx.now,
      recordedBy: ctx.actor.label,
    };
    const [inserted] = await ctx.db
      .insert(obligationEvents)
      .values(row)
      .returning({ id: obligationEvents.id });
    if (!inserted) throw new NotFoundError('obligation_event', 'new');
    return outcomeOn(
      { type: 'obligation_event', id: inserted.id, stateIso3: input.iso3 },
      { id: inserted.id },
      {
        before: { obligation: summary(history) },
        after: { article: input.article, ...row, obligation: summary([...history, row]) },
      },
    );
  },
});
