import type { FieldErrors } from './errors.js';
import { redirectToOutcome } from './forms.js';
import type { AppContext } from './http.js';

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
  return redirectToOutcome(c, { kind: 'success', key: spec.flash }, spec.location(saved as R));
}
