import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary } from '../../../kernel/views/fields.js';
import { SignInEmailField } from './credential-fields.js';
import { NewPasswordFields } from './new-password-fields.js';

export function ForgotPasswordPage(p: {
  t: Translate;
  sent?: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:reset.title')}</h1>
      {p.sent ? (
        <p role="status">{t('accounts:reset.sent')}</p>
      ) : (
        <>
          <p>{t('accounts:reset.intro')}</p>
          <ErrorSummary errors={p.errors} title={t('errors:summary')} />
          <form method="post" action="/forgot-password" class="stack">
            <SignInEmailField t={t} value={p.values?.email} errors={p.errors} />
            <button type="submit">{t('accounts:reset.send')}</button>
          </form>
        </>
      )}
    </section>
  );
}

export function ResetPasswordPage(p: { t: Translate; token: string; valid: boolean; errors?: FieldErrors }) {
  const { t } = p;
  if (!p.valid)
    return (
      <section>
        <h1>{t('accounts:reset.title')}</h1>
        <p>{t('accounts:errors.resetInvalid')}</p>
        <p>
          <a href="/forgot-password">{t('accounts:reset.again')}</a>
        </p>
      </section>
    );
  return (
    <section>
      <h1>{t('accounts:reset.title')}</h1>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      <form method="post" action={`/reset-password/${encodeURIComponent(p.token)}`} class="stack">
        <NewPasswordFields t={t} errors={p.errors} />
        <button type="submit">{t('accounts:reset.submit')}</button>
      </form>
    </section>
  );
}
