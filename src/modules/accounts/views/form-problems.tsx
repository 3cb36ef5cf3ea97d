import type { FieldErrors } from '../../../kernel/errors.js';
import type { Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary } from '../../../kernel/views/fields.js';

/** What went wrong with a sign-in step: the field errors, then a message about the form as a whole. */
export function FormProblems(p: { t: Translate; errors?: FieldErrors; formError?: string }) {
  return (
    <>
      <ErrorSummary errors={p.errors} title={p.t('errors:summary')} />
      {p.formError ? (
        <p class="flash error" role="alert">
          {p.formError}
        </p>
      ) : null}
    </>
  );
}
