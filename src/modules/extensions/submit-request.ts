import { isoDay } from '../../kernel/clock.js';
import { ConflictError, type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { recordObligationEvent } from '../states/index.js';
import { SubmitRequestInput } from './inputs.js';
import { meetingRefs } from './queries.js';
import { durationError, type RequestArticle, requestedDeadlineFor, timelinessOf } from './rules.js';
import { syncPlanNeeds } from './sync-needs.js';
import { defineRequestVerb, requestOutcome, touch } from './write.js';

/**
 * Submits a draft: records the `extension_requested` fact in the registry (states'
 * recordObligationEvent, in this transaction) for the meeting that will consider it — the next MSP
 * or Review Conference after today in the calendar — with its timeliness (nine months before the
 * meeting, Art 3(5) / Art 4(6)); and turns the plan's funding gaps into needs of the register.
 */
export const submitRequest = defineRequestVerb({
  name: 'extensions.submitRequest',
  input: SubmitRequestInput,
  guard: (row) => {
    if (row.status !== 'draft') throw new ConflictError('EXTENSIONS.NOT_DRAFT', 'extensions:errors.notDraft');
  },
  async run(ctx, input, row) {
    const article = row.article as RequestArticle;
    if (row.durationYears === null)
      throw new ValidationError({ durationYears: ['extensions:errors.durationRequired'] });
    const capError = durationError(article, row.durationYears);
    if (capError) throw new ValidationError({ durationYears: [capError] });
    const today = isoDay(ctx.now);
    const timeliness = timelinessOf(article, today, await meetingRefs(ctx.db));
    const requestedDeadline = requestedDeadlineFor(row.currentDeadline, row.durationYears);
    let event: { id: number };
    try {
      event = await recordObligationEvent(ctx, {
        kind: 'extension_requested',
        iso3: row.stateIso3,
        article,
        occurredOn: today,
        requestedDeadline: requestedDeadline ?? undefined,
        meeting: timeliness.meeting?.code,
        note: input.note ?? undefined,
        source: `Extension request ${row.id}, submitted through the platform`,
        referenceKey: `extension-request:${row.id}`,
      });
    } catch (err) {
      // The registry's law speaks of the fact's fields; here they are the duration and the note.
      if (err instanceof ValidationError) {
        const errors: FieldErrors = {};
        for (const [field, msgs] of Object.entries(err.fieldErrors)) {
          const at = field === 'note' ? 'note' : 'durationYears';
          errors[at] = [...(errors[at] ?? []), ...msgs];
        }
        throw new ValidationError(errors);
      }
      throw err;
    }
    const after = await touch(ctx, row, input.version, {
      status: 'submitted',
      submittedOn: today,
      requestedDeadline,
      meetingCode: timeliness.meeting?.code ?? null,
      meetingStartsOn: timeliness.meeting?.startsOn ?? null,
      submitBy: timeliness.submitBy,
      obligationEventId: event.id,
    });
    const needs = await syncPlanNeeds(ctx, after);
    return requestOutcome(
      row,
      { id: row.id, eventId: event.id, timeliness, needs },
      {
        before: { status: row.status },
        after: { status: 'submitted', timeliness, obligationEventId: event.id, needs },
      },
    );
  },
});
