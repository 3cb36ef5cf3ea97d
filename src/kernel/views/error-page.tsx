import type { AppContext } from '../http.js';
import { render } from './render.js';

export function errorPage(
  c: AppContext,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500,
  message: string,
  /** Where the person came from, when it is not the home page: the form to go back to. */
  back?: string,
) {
  const t = c.get('t');
  // The page is titled by what happened (Page not found, Not allowed), never a generic "error".
  const title = t(`errors:status.${status}`, { defaultValue: t('errors:title') });
  return render(
    c,
    title,
    <section>
      <h1>{title}</h1>
      <p>{message}</p>
      {back && back !== '/' ? (
        <p>
          <a href={back}>{t('errors:wayBack')}</a>
        </p>
      ) : null}
      <p>
        <a href="/">{t('common:backHome')}</a>
      </p>
    </section>,
    status,
  );
}
