import { STATUS_CODES } from 'node:http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldErrors } from './errors.js';

export const PROBLEM_TYPE = 'application/problem+json';

/**
 * An error answer as RFC 9457 problem details: `type` (`about:blank`: the status says it all),
 * `title` (the status phrase), `status`, `detail` (the reader's language), and the platform's
 * stable `code` and per-field messages as extensions. The earlier `{ error: { code, message,
 * fields } }` body is kept alongside, so clients written against it go on working within v1.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  fields?: FieldErrors;
  error: { code: string; message: string; fields?: FieldErrors };
}

export function problemDetails(
  status: number,
  code: string,
  detail: string,
  fields?: FieldErrors,
): ProblemDetails {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(fields ? { fields } : {}),
    error: { code, message: detail, ...(fields ? { fields } : {}) },
  };
}

/** Answers with a problem details body (`application/problem+json`). */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  options: { fields?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  return c.body(JSON.stringify(problemDetails(status, code, detail, options.fields)), status, {
    ...options.headers,
    'Content-Type': PROBLEM_TYPE,
  });
}
