import type { Actor } from '../../../kernel/actor.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, TextField } from '../../../kernel/views/fields.js';
import { mustUseSecondFactor } from '../policy.js';
import { CurrentPasswordField } from './credential-fields.js';
import { FormProblems } from './form-problems.js';

const CodeField = (p: { t: Translate; errors?: FieldErrors }) => (
  <TextField
    name="code"
    label={p.t('accounts:twoFactor.code')}
    hint={p.t('accounts:twoFactor.codeHint')}
    errors={p.errors}
    required
    autocomplete="one-time-code"
    pattern="[0-9 ]{6,7}"
    maxLength={7}
  />
);

/** The second step of signing in: the code from the authenticator app. */
export function SecondFactorPage(p: {
  t: Translate;
  next: string;
  errors?: FieldErrors;
  formError?: string;
}) {
  const { t } = p;
  return (
    <section>
      <h1>{t('accounts:twoFactor.signInTitle')}</h1>
      <FormProblems t={t} errors={p.errors} formError={p.formError} />
      <p>{t('accounts:twoFactor.signInIntro')}</p>
      <form method="post" action="/sign-in/two-factor" class="stack">
        <input type="hidden" name="next" value={p.next} />
        <CodeField t={t} errors={p.errors} />
        <button type="submit">{t('accounts:signIn.submit')}</button>
      </form>
    </section>
  );
}

/** Enrolment: password again, then the secret as text and as an otpauth URI, then a first code. */
export function TwoFactorPage(p: {
  t: Translate;
  actor: Actor;
  enabled: boolean;
  /** A demonstration account: the factor is offered, not required. */
  demo?: boolean;
  setup?: { uri: string; backupCodes: string[] };
  errors?: FieldErrors;
}) {
  const { t } = p;
  const required = !p.demo && mustUseSecondFactor(p.actor);
  if (p.enabled)
    return (
      <section>
        <h1>{t('accounts:twoFactor.title')}</h1>
        <p role="status">{t('accounts:twoFactor.isOn')}</p>
        <p>
          <a href="/account">{t('accounts:account.title')}</a>
        </p>
      </section>
    );
  const secret = p.setup ? new URL(p.setup.uri).searchParams.get('secret') : null;
  return (
    <section>
      <h1>{t('accounts:twoFactor.title')}</h1>
      <p>{t(required ? 'accounts:twoFactor.required' : 'accounts:twoFactor.offered')}</p>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      {p.setup ? (
        <>
          <ol>
            <li>
              {t('accounts:twoFactor.stepSecret')}
              <p class="token" id="totp-secret">
                {secret}
              </p>
              <p class="hint">{t('accounts:twoFactor.stepUri')}</p>
              <p class="token" id="totp-uri">
                {p.setup.uri}
              </p>
            </li>
            <li>
              {t('accounts:twoFactor.stepBackup')}
              <ul id="backup-codes">
                {p.setup.backupCodes.map((code) => (
                  <li>
                    <code>{code}</code>
                  </li>
                ))}
              </ul>
            </li>
            <li>{t('accounts:twoFactor.stepCode')}</li>
          </ol>
          <form method="post" action="/account/two-factor/verify" class="stack">
            <CodeField t={t} errors={p.errors} />
            <button type="submit">{t('accounts:twoFactor.confirm')}</button>
          </form>
        </>
      ) : (
        <form method="post" action="/account/two-factor/enable" class="stack">
          <CurrentPasswordField name="password" label={t('accounts:password.current')} errors={p.errors} />
          <button type="submit">{t('accounts:twoFactor.start')}</button>
        </form>
      )}
    </section>
  );
}
