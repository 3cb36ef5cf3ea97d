import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../errors.js';
import { translateErrors } from '../forms.js';
import type { AppContext } from '../http.js';
import { emptyRegistry } from '../registry.js';
import { css } from './assets.js';
import { Layout } from './layout.js';

/** Renders a page in the shared layout, with the request's language, actor and flash. */
export function render(
  c: AppContext,
  title: string,
  body: Child,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 = 200,
) {
  const registry = c.get('registry') ?? emptyRegistry;
  const path = c.req.path;
  const html = (
    <Layout
      t={c.get('t')}
      locale={c.get('locale')}
      actor={c.get('actor')}
      nav={registry.navFor(c.get('actor'))}
      navCounts={c.get('navCounts')}
      section={registry.sectionFor(c.get('actor'), path)}
      path={path + (new URL(c.req.url).search || '')}
      flash={c.get('flash')}
      cssHref={css.path}
      title={title}
    >
      {body}
    </Layout>
  );
  return c.html(`<!doctype html>${html}`, status);
}

/**
 * A form's page: the form's errors translated into the reader's language, and the status 422 when
 * it comes back with errors (200 when it is first shown).
 */
export function renderForm(
  c: AppContext,
  title: string,
  errors: FieldErrors | undefined,
  page: (translated: FieldErrors | undefined) => Child,
) {
  return render(c, title, page(translateErrors(c.get('t'), errors)), errors ? 422 : 200);
}
