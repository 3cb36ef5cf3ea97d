import type { z } from 'zod';

/**
 * A failure with a stable machine code (MODULE.REASON), an HTTP status, and a catalogue key for
 * the message a person sees. The log message may say more than the user message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    logMessage?: string,
  ) {
    super(logMessage ?? code);
    this.name = 'AppError';
  }
}

export class ForbiddenError extends AppError {
  constructor(logMessage?: string) {
    super('AUTH.FORBIDDEN', 403, 'errors:forbidden', {}, logMessage);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('AUTH.SIGN_IN_REQUIRED', 401, 'errors:signInRequired');
  }
}

/**
 * The kinds of thing a NotFoundError can name. The kernel knows none: each module adds its own
 * by declaration merging (`declare module '…/kernel/errors.js' { interface ThingKinds { state: true } }`)
 * and registers the catalogue key of its name at wiring time (`ModuleRegistration.thingKinds`,
 * kernel/registry.ts).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules through declaration merging
export interface ThingKinds {}
export type ThingKind = Extract<keyof ThingKinds, string>;

export class NotFoundError extends AppError {
  constructor(what: ThingKind, id: string) {
    super('NOT_FOUND', 404, 'errors:notFound', { what, id }, `${what} ${id} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, messageKey: string, params: Record<string, unknown> = {}) {
    super(code, 409, messageKey, params);
  }
}

export type FieldErrors = Record<string, string[]>;

/** Invalid input: carries the per-field messages so a form can show each error at its field. */
export class ValidationError extends AppError {
  constructor(readonly fieldErrors: FieldErrors) {
    super('INPUT.INVALID', 422, 'errors:invalidInput', {}, `invalid input: ${JSON.stringify(fieldErrors)}`);
  }

  static fromZod(error: z.ZodError): ValidationError {
    const fields: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join('.') : '_';
      fields[key] ??= [];
      // Schemas name catalogue keys (`errors:required`); anything else falls back to a message per Zod code.
      fields[key].push(
        /^[a-z][a-zA-Z0-9]*:[\w.]+$/.test(issue.message) ? issue.message : `errors:zod.${issue.code}`,
      );
    }
    return new ValidationError(fields);
  }
}
