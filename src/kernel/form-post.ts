import { type FieldErrors, ValidationError } from './errors.js';
import { redirectToOutcome } from './forms.js';
import type { AppContext, Flash } from './http.js';
import { StaleRecordError } from './record-version.js';

/** After an action went through: its success message and a 303 to `location` with the message in view. */
export function redirectWithSuccess(
  c: AppContext,
  key: string,
  location: string,
  params?: Flash['params'],
): Response {
  return redirectToOutcome(c, params ? { kind: 'success', key, params } : { kind: 'success', key }, location);
}

/**
 * The end of a form's post: `save` runs through the routes' `attempt` (kernel/form-errors.ts);
 * refused input brings the form back with its errors (`again`); once saved, the success message
 * `flash` is set and the browser sent (303) where `location` says, given what the verb returned,
 * with the message in view (`redirectToOutcome`).
 */
export async function saveThenRedirect<R>(
  c: AppContext,
  attempt: (run: () => Promise<unknown>) => Promise<FieldErrors | null>,
  spec: {
    save: () => Promise<R>;
    again: (errors: FieldErrors) => Response | Promise<Response>;
    flash: string;
    location: (saved: R) => string;
  },
): Promise<Response> {
  let saved: R | undefined;
  const errors = await attempt(async () => {
    saved = await spec.save();
  });
  if (errors) return spec.again(errors);
  return redirectWithSuccess(c, spec.flash, spec.location(saved as R));
}

/**
 * The end of a form's post whose verb's refusals the form shows as they come: a `ValidationError`
 * brings the form back (`again`, given the error itself for what a subclass carries); a
 * `StaleRecordError`, when `stale` is given, brings it back with what changed meanwhile; anything
 * else is thrown. Once saved, the success message (`flash`, or a function of what the verb returned)
 * and a 303 to `location`, with the message in view.
 */
export async function submitForm<R>(
  c: AppContext,
  spec: {
    save: () => Promise<R>;
    again: (errors: FieldErrors, refusal: ValidationError) => Response | Promise<Response>;
    stale?: () => Response | Promise<Response>;
    flash: string | ((saved: R) => string);
    /** What the message names (`{{state}}`…). */
    params?: Flash['params'];
    location: (saved: R) => string;
  },
): Promise<Response> {
  let saved: R;
  try {
    saved = await spec.save();
  } catch (err) {
    if (spec.stale && err instanceof StaleRecordError) return spec.stale();
    if (err instanceof ValidationError) return spec.again(err.fieldErrors, err);
    throw err;
  }
  const key = typeof spec.flash === 'string' ? spec.flash : spec.flash(saved);
  return redirectWithSuccess(c, key, spec.location(saved), spec.params);
}
