import type { Context } from 'hono';
import type { FieldErrors } from '../../kernel/errors.js';
import { translateErrors } from '../../kernel/forms.js';
import type { AppEnv } from '../../kernel/http.js';
import { problem } from '../../kernel/problem.js';

/**
 * The client's mistake in a param, a query or a body: 400 `INPUT.INVALID` with each field's message
 * from the catalogue, in the reader's language (a web form shows the same messages at its fields).
 */
export function invalidInput(c: Context<AppEnv>, fieldErrors: FieldErrors): Response {
  const t = c.get('t');
  const fields = translateErrors(t, fieldErrors) ?? {};
  const details = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ');
  return problem(c, 400, 'INPUT.INVALID', t('api:errors.invalidRequest', { details }), { fields });
}
