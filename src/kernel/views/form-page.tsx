import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { ErrorSummary } from './fields.js';

/**
 * A page holding one form that posts back to `action` (landing on its error summary): what comes
 * before the title (`nav`), the title, what comes between it and the errors (`intro`: a line of
 * help, a link back, the record as it stands), the summary of errors, then the form's `children`
 * followed by its submit button (`submit`, Save unless given) and a Cancel link to `cancel`. The
 * browser leaves the checking to the server unless `validate` lets it check the fields first.
 */
export function FormPage(p: {
  t: Translate;
  title: string;
  nav?: Child;
  intro?: Child;
  errors?: FieldErrors;
  errorTitle: string;
  action: string;
  submit?: string;
  cancel: string;
  validate?: boolean;
  children: Child;
}) {
  const { t } = p;
  return (
    <section>
      {p.nav}
      <h1>{p.title}</h1>
      {p.intro}
      <ErrorSummary errors={p.errors} title={p.errorTitle} />
      <form method="post" action={`${p.action}#errors`} class="stack" novalidate={!p.validate}>
        {p.children}
        <button type="submit">{p.submit ?? t('common:save')}</button>{' '}
        <a href={p.cancel}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}

/** A line holding one link, as a form page shows the way back to the record it belongs to. */
export function BackLink(p: { href: string; label: string }) {
  return (
    <p>
      <a href={p.href}>{p.label}</a>
    </p>
  );
}

/**
 * A line holding one link drawn as a button (a secondary one unless `primary`): the way to add to a
 * list or to change a record, shown only when `show` (the reader may follow it).
 */
export function ButtonLink(p: { show: boolean; href: string; label: string; primary?: boolean }) {
  if (!p.show) return null;
  return (
    <p>
      <a href={p.href} class={p.primary ? 'button' : 'button secondary'}>
        {p.label}
      </a>
    </p>
  );
}

/**
 * A form within a page that posts to `action`, landing on the summary of its errors shown above it:
 * its `children`, then its submit button labelled `submit`. The browser leaves the checking to the
 * server unless `validate` lets it check the fields first.
 */
export function PostForm(p: {
  t: Translate;
  errors?: FieldErrors;
  action: string;
  submit: string;
  validate?: boolean;
  children: Child;
}) {
  return (
    <>
      <ErrorSummary errors={p.errors} title={p.t('errors:summary')} />
      <form method="post" action={`${p.action}#errors`} class="stack" novalidate={!p.validate}>
        {p.children}
        <button type="submit">{p.submit}</button>
      </form>
    </>
  );
}
