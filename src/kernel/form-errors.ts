import { type FieldErrors, ValidationError } from './errors.js';

const listField = (key: string) => key.split('.')[0] ?? key;

/**
 * A verb's field errors where a form shows them: an error on a list's item (`documents.2.title`)
 * at the list's field (`documents`), or wherever `fieldOf` places it; each message once per field.
 */
export function errorsAtFields(
  errors: FieldErrors,
  fieldOf: (key: string) => string = listField,
): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldOf(key);
    out[field] = [...new Set([...(out[field] ?? []), ...messages])];
  }
  return out;
}

/**
 * Runs a verb from a form: null when it went through; a refusal of the input comes back as field
 * errors, placed by `placed`; another error that `refusal` turns into field errors comes back so
 * too; anything else is thrown.
 */
export async function attemptFromForm(
  run: () => Promise<unknown>,
  placed: (errors: FieldErrors) => FieldErrors = (errors) => errors,
  refusal: (err: unknown) => FieldErrors | null = () => null,
): Promise<FieldErrors | null> {
  try {
    await run();
    return null;
  } catch (err) {
    if (err instanceof ValidationError) return placed(err.fieldErrors);
    const errors = refusal(err);
    if (errors) return errors;
    throw err;
  }
}
