import type { Hono } from 'hono';
import type { FieldErrors } from './errors.js';
import { saveThenRedirect } from './form-post.js';
import type { AppContext, AppEnv } from './http.js';

/** A form's values: its text, by field name. */
type Values = Record<string, string>;

/**
 * A form's two routes at one path. `open` checks who may and reads what the form is about (the same
 * for both, so a refusal or a 404 comes before anything is read). GET shows the `page` with the
 * `initial` values; POST `read`s the typed values and `save`s them through the routes' `attempt`
 * (kernel/form-errors.ts): refused input shows the page again with the typed values and the errors,
 * else the success message `flash` and a 303 to `location`, with the message in view
 * (`saveThenRedirect`).
 */
export function serveForm<T, R>(
  app: Hono<AppEnv>,
  path: string,
  spec: {
    open: (c: AppContext) => T | Promise<T>;
    page: (c: AppContext, target: T, values: Values, errors?: FieldErrors) => Response | Promise<Response>;
    initial: (c: AppContext, target: T) => Values;
    read: (c: AppContext, target: T) => Promise<Values>;
    attempt: (run: () => Promise<unknown>) => Promise<FieldErrors | null>;
    save: (c: AppContext, target: T, values: Values) => Promise<R>;
    flash: string | ((values: Values) => string);
    location: (target: T, saved: R, values: Values) => string;
  },
): void {
  app.get(path, async (c) => {
    const target = await spec.open(c);
    return spec.page(c, target, spec.initial(c, target));
  });
  app.post(path, async (c) => {
    const target = await spec.open(c);
    const values = await spec.read(c, target);
    return saveThenRedirect(c, spec.attempt, {
      save: () => spec.save(c, target, values),
      again: (errors) => spec.page(c, target, values, errors),
      flash: typeof spec.flash === 'string' ? spec.flash : spec.flash(values),
      location: (saved) => spec.location(target, saved, values),
    });
  });
}
