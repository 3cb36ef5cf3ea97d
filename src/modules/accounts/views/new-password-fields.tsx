import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { TextField } from '../../../kernel/views/fields.js';

/** A new password and its confirmation, with the rules it must meet: one pair for every form that sets one. */
export function NewPasswordFields(p: { t: Translate; errors?: FieldErrors; label?: string }) {
  const { t } = p;
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={p.label ?? t('accounts:password.new')}
        hint={t('accounts:password.rules')}
        errors={p.errors}
        required
        autocomplete="new-password"
      />
      <TextField
        name="confirm"
        type="password"
        label={t('accounts:invitation.confirm')}
        errors={p.errors}
        required
        autocomplete="new-password"
      />
    </>
  );
}
