import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { CurrentPasswordField, SignInEmailField } from './credential-fields.js';
import { FormProblems } from './form-problems.js';

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
      <FormProblems t={t} errors={p.errors} formError={p.formError} />
      <form method="post" action="/sign-in" class="stack">
        <input type="hidden" name="next" value={p.next} />
        <SignInEmailField t={t} value={p.values?.email} errors={p.errors} />
        <CurrentPasswordField name="password" label={t('accounts:signIn.password')} errors={p.errors} />
        <button type="submit">{t('accounts:signIn.submit')}</button>
      </form>
      <p>
        <a href="/forgot-password">{t('accounts:reset.forgot')}</a>
      </p>
    </section>
  );
}
