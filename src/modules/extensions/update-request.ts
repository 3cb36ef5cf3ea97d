import { ValidationError } from '../../kernel/errors.js';
import { UpdateRequestInput } from './inputs.js';
import { durationError, type RequestArticle, requestedDeadlineFor } from './rules.js';
import { syncPlanNeeds } from './sync-needs.js';
import { defineRequestVerb, requestOutcome, touch } from './write.js';

/**
 * The writers edit the request's elements. The duration may not exceed the treaty's cap per request
 * (Art 3(3): four years; Art 4(5): five), refused at the field; the requested deadline follows from
 * it. While the request stands before the meeting (submitted), saving it reconfirms its needs.
 */
export const updateRequest = defineRequestVerb({
  name: 'extensions.updateRequest',
  input: UpdateRequestInput,
  async run(ctx, input, row) {
    const { id: _id, version, ...fields } = input;
    const capError = durationError(row.article as RequestArticle, fields.durationYears);
    if (capError) throw new ValidationError({ durationYears: [capError] });
    const after = await touch(ctx, row, version, {
      ...fields,
      requestedDeadline: requestedDeadlineFor(row.currentDeadline, fields.durationYears),
    });
    if (after.status === 'submitted') await syncPlanNeeds(ctx, after);
    return requestOutcome(row, { id: row.id }, { before: row, after });
  },
});
