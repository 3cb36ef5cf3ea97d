import type { MiddlewareHandler } from 'hono';
import type { Executor } from '../db/client.js';
import { currentDataVersion } from './data-version.js';
import { addVary, type EncodedBody, encodeBody, sendEncoded } from './encoded.js';
import type { AppContext, AppEnv } from './http.js';

/**
 * Rendered pages kept per data version (decision 032). A page a reader without an account sees
 * depends only on the stored data (the data version, bumped in the transaction of every write, in
 * any process sharing the database), the day (deadlines and lapses are counted from it), the
 * language and the address. So the first render of such a page is kept, compressed once, and
 * served again, with its ETag, until any of those changes. Signed-in pages are personal (the menu,
 * the counts, what the role may see) and are never kept; nor is a page carrying a flash, an error
 * or a cookie of its own.
 */

export const PUBLIC_PAGE = 'public, max-age=0, must-revalidate';
export const PERSONAL_PAGE = 'private, no-store';
/** A page a reader without an account gets once (a flash, a form coming back with its errors). */
export const ONE_OFF_PAGE = 'no-store';

export interface PageCacheOptions {
  db: Executor;
  /** Today (UTC, `YYYY-MM-DD`) by the app's clock. */
  today: () => string;
  /** How many pages to keep; the least recently used go first. */
  limit?: number;
  /** Cookies a page may set and still be kept (the language choice of `?lang=`). */
  sharedCookies?: readonly string[];
}

export interface PageCache {
  middleware: MiddlewareHandler<AppEnv>;
  /** Pages held now (for tests). */
  size: () => number;
}

const isPage = (res: Response) => (res.headers.get('Content-Type') ?? '').startsWith('text/html');

export function createPageCache(options: PageCacheOptions): PageCache {
  const { db, today, limit = 2000, sharedCookies = [] } = options;
  const pages = new Map<string, EncodedBody>();
  let heldVersion = -1;

  const cookiesOwnedByThePage = (res: Response) =>
    res.headers
      .getSetCookie()
      .some((cookie) => !sharedCookies.includes(cookie.slice(0, cookie.indexOf('=')).trim()));

  /** Whether this request's page is the same for every reader who might ask for it. */
  const shared = (c: AppContext) =>
    (c.req.method === 'GET' || c.req.method === 'HEAD') &&
    c.get('actor').kind === 'anonymous' &&
    !c.get('flash') &&
    !c.req.path.startsWith('/api/');

  const keep = (key: string, version: number, page: EncodedBody) => {
    if (version !== heldVersion) {
      // A write happened: every page held is of an older version (or a newer one, if this
      // render raced a write; dropping those costs one render, never a stale answer).
      pages.clear();
      heldVersion = version;
    }
    if (pages.size >= limit) pages.delete(pages.keys().next().value as string);
    pages.set(key, page);
  };

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!shared(c)) {
      await next();
      if (c.req.path.startsWith('/api/') || c.res.headers.has('Cache-Control')) return;
      if (c.get('actor').kind === 'user') c.header('Cache-Control', PERSONAL_PAGE);
      else if (isPage(c.res)) c.header('Cache-Control', ONE_OFF_PAGE);
      if (isPage(c.res)) addVary(c, 'Accept-Language', 'Cookie');
      return;
    }
    const url = new URL(c.req.url);
    const key = `${c.get('actor').kind}\u0000${c.get('locale')}\u0000${today()}\u0000${url.pathname}${url.search}`;
    // Read before rendering: a write committed meanwhile can only make the kept page newer than
    // its version, which costs one more render after the write, never a stale page.
    const version = await currentDataVersion(db);
    const held = version === heldVersion ? pages.get(key) : undefined;
    const headers = { 'Cache-Control': PUBLIC_PAGE, Vary: 'Accept-Language, Cookie' };
    if (held) {
      // Most recently used last, so the least recently used is the first to go.
      pages.delete(key);
      pages.set(key, held);
      c.res = sendEncoded(c, held, 200, headers);
      return;
    }
    await next();
    const res = c.res;
    const cacheControl = res.headers.get('Cache-Control') ?? '';
    if (
      res.status !== 200 ||
      !isPage(res) ||
      cookiesOwnedByThePage(res) ||
      /private|no-store/.test(cacheControl) ||
      res.headers.has('Content-Encoding')
    ) {
      if (isPage(res)) {
        if (!cacheControl) c.header('Cache-Control', ONE_OFF_PAGE);
        addVary(c, 'Accept-Language', 'Cookie');
      }
      return;
    }
    const page = encodeBody(await res.text(), res.headers.get('Content-Type') ?? 'text/html; charset=UTF-8');
    keep(key, version, page);
    // The route's own headers (and cookies) stay; the body becomes the encoded one.
    c.res = sendEncoded(c, page, 200, headers);
  };

  return { middleware, size: () => pages.size };
}
