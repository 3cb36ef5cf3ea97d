import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { TextField } from '../../../kernel/views/fields.js';

/** The address an account signs in with (signing in, asking for a reset link). */
export function SignInEmailField(p: { t: Translate; value?: string; errors?: FieldErrors }) {
  return (
    <TextField
      name="email"
      type="email"
      label={p.t('accounts:signIn.email')}
      value={p.value}
      errors={p.errors}
      required
      autocomplete="username"
    />
  );
}

/** The password the person has now: to sign in, or to confirm who they are before a change. */
export function CurrentPasswordField(p: { name: string; label: string; errors?: FieldErrors }) {
  return (
    <TextField
      name={p.name}
      type="password"
      label={p.label}
      errors={p.errors}
      required
      autocomplete="current-password"
    />
  );
}
