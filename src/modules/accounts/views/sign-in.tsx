import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, TextField } from '../../../kernel/views/fields.js';

export function SignInPage(p: {
  t: Translate;
  next: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  formError?: string;
}) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:signIn.title')}</h1>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      {p.formError ? (
        <p class="flash error" role="alert">
          {p.formError}
        </p>
      ) : null}
      <form method="post" action="/sign-in" class="stack">
        <input type="hidden" name="next" value={p.next} />
        <TextField
          name="email"
          type="email"
          label={t('accounts:signIn.email')}
          value={p.values?.email}
          errors={p.errors}
          required
          autocomplete="username"
        />
        <TextField
          name="password"
          type="password"
          label={t('accounts:signIn.password')}
          errors={p.errors}
          required
          autocomplete="current-password"
        />
        <button type="submit">{t('accounts:signIn.submit')}</button>
      </form>
      <p>
        <a href="/forgot-password">{t('accounts:reset.forgot')}</a>
      </p>
    </section>
  );
}
