import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary } from '../../../kernel/views/fields.js';
import { NewPasswordFields } from './new-password-fields.js';

export function InvitationPage(p: {
  t: Translate;
  token: string;
  invitation?: { email: string; role: string };
  errors?: FieldErrors;
}) {
  const { t } = p;
  if (!p.invitation) {
    return (
      <section>
        <h1>{t('accounts:invitation.title')}</h1>
        <p>{t('accounts:invitation.invalid')}</p>
      </section>
    );
  }
  return (
    <section>
      <h1>{t('accounts:invitation.title')}</h1>
      <p>
        {t('accounts:invitation.intro', {
          role: t(`accounts:roles.${p.invitation.role}`),
          email: p.invitation.email,
        })}
      </p>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      <form method="post" action={`/invite/${encodeURIComponent(p.token)}`} class="stack">
        <NewPasswordFields t={t} errors={p.errors} label={t('accounts:invitation.password')} />
        <button type="submit">{t('accounts:invitation.submit')}</button>
      </form>
    </section>
  );
}
