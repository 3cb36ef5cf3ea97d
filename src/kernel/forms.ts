import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { AppError, type FieldErrors, ValidationError } from './errors.js';
import type { AppContext, Flash } from './http.js';
import { iso3Filter, rowId } from './ids.js';

/** A request body that cannot be parsed at all (a broken multipart body, say): the sender's fault. */
export class MalformedBodyError extends AppError {
  constructor() {
    super('INPUT.MALFORMED_BODY', 400, 'errors:malformedBody');
  }
}

type Body = Record<string, string | File | (string | File)[]>;

// PostgreSQL cannot store U+0000 in text, and no person types it: it is removed from every value
// here, at the one place forms are read, so it never reaches a query.
// A file's name is text too (it is stored with an import).
const withoutNul = <T extends string | File>(v: T): T => {
  if (typeof v === 'string') return v.replaceAll('\u0000', '') as T;
  return v.name.includes('\u0000')
    ? (new File([v], v.name.replaceAll('\u0000', ''), { type: v.type, lastModified: v.lastModified }) as T)
    : v;
};

/** Reads a urlencoded or multipart body; a body that cannot be parsed is a 400, never a crash. */
export async function readBody(c: AppContext, opts: { all: boolean } = { all: false }): Promise<Body> {
  let body: Body;
  try {
    body = (await c.req.parseBody({ all: opts.all })) as Body;
  } catch {
    throw new MalformedBodyError();
  }
  const out: Body = {};
  for (const [k, v] of Object.entries(body))
    out[withoutNul(k)] = Array.isArray(v) ? v.map(withoutNul) : withoutNul(v);
  return out;
}

/** Reads a urlencoded or multipart form as plain strings (the last value wins; files are ignored here). */
export async function readForm(c: AppContext): Promise<Record<string, string>> {
  const body = await readBody(c);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Parses a form with its Zod schema; on failure returns the errors and the typed values to re-render. */
export async function parseForm<S extends z.ZodType>(
  c: AppContext,
  schema: S,
): Promise<FormResult<z.output<S>>> {
  const values = await readForm(c);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: ValidationError.fromZod(parsed.error).fieldErrors, values };
}

/** Translates the catalogue keys a ValidationError carries. */
export function translateErrors(
  t: (k: string) => string,
  errors: FieldErrors | undefined,
): FieldErrors | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([k, msgs]) => [k, msgs.map((m) => t(m))]));
}

const FLASH = 'flash';

function setFlash(c: AppContext, flash: Flash): void {
  setCookie(c, FLASH, Buffer.from(JSON.stringify(flash)).toString('base64url'), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('secureCookies') === true,
    maxAge: 60,
  });
}

/** The id of the flash message on the page (kernel/views/layout.tsx): the fragment that leads to it. */
export const OUTCOME_ID = 'outcome';

/**
 * The id of the summary of a form's errors (kernel/views/fields.tsx). Every form that posts ends its
 * action in `#errors`, so a form that comes back refused opens at its errors, however far down the
 * page it sits; a redirect that names its own fragment (`#outcome`) replaces it.
 */
export const ERRORS_ID = 'errors';

/**
 * After an action, Post/Redirect/Get to `location` with its outcome in view: the flash is set and
 * the address ends in `#outcome`, so the browser scrolls to the message and a keyboard or screen
 * reader starts there (the message takes focus, tabindex -1). A location that already names a
 * fragment keeps it.
 */
export function redirectToOutcome(c: AppContext, flash: Flash, location: string): Response {
  setFlash(c, flash);
  return c.redirect(location.includes('#') ? location : `${location}#${OUTCOME_ID}`, 303);
}

/** Reads and clears the flash set by the previous redirect (Post/Redirect/Get). */
export function takeFlash(c: AppContext): Flash | null {
  const raw = getCookie(c, FLASH);
  if (!raw) return null;
  deleteCookie(c, FLASH, { path: '/', secure: c.get('secureCookies') === true });
  try {
    const f = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flash;
    return (f.kind === 'success' || f.kind === 'error') && typeof f.key === 'string' ? f : null;
  } catch {
    return null;
  }
}

/** Only same-site relative paths are followed after sign-in or a language change. */
export function safeNext(next: string | undefined, fallback = '/'): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : fallback;
}

/**
 * The query of an admin list: an optional State filter and a keyset cursor (entries older than an
 * id). Bad values are ignored rather than refused: a list page never fails on its query string.
 */
export const StatePageQuery = z.object({
  state: iso3Filter,
  before: rowId.optional().catch(undefined),
});
