import type { Child } from 'hono/jsx';
import type { FieldErrors } from './errors.js';
import type { AppContext } from './http.js';
import type { Locale, Translate } from './i18n/index.js';
import { render, renderForm } from './views/render.js';

/**
 * What every page component of a module is given by `renderPage`: the reader's catalogue and language
 * (a page that only formats with it may type it as a plain string).
 */
export interface PageReader {
  t: Translate;
  locale: Locale | string;
}

/**
 * Renders a module's page in the layout: `Page` gets the reader's `t` and `locale` with `props`; the
 * title is a catalogue key, or a function of `t` for a title that is not one (a record's own name).
 */
export function renderPage<P extends PageReader>(
  c: AppContext,
  title: string | ((t: Translate) => string),
  Page: (props: P) => Child,
  props: Omit<P, keyof PageReader>,
  status?: Parameters<typeof render>[3],
) {
  const t = c.get('t');
  const locale: Locale = c.get('locale');
  const page = { ...props, t, locale } as P;
  return render(c, typeof title === 'string' ? t(title) : title(t), <Page {...page} />, status);
}

/** What every form page is given by `renderFormPage`: the reader's catalogue and its errors, translated. */
export interface FormReader {
  t: Translate;
  errors?: FieldErrors;
}

/**
 * Renders a form's page (`renderForm`: 422 when it comes back with errors): `Page` gets the reader's
 * `t` and the `errors` translated, with `props`; the title as for `renderPage`.
 */
export function renderFormPage<P extends FormReader>(
  c: AppContext,
  title: string | ((t: Translate) => string),
  Page: (props: P) => Child,
  props: Omit<P, keyof FormReader>,
  errors: FieldErrors | undefined,
) {
  const t = c.get('t');
  return renderForm(c, typeof title === 'string' ? t(title) : title(t), errors, (translated) => (
    <Page {...({ ...props, t, errors: translated } as P)} />
  ));
}
