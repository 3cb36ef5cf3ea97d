import { type Context, Hono } from 'hono';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import type { Actor } from './actor.js';
import { isoDay } from './clock.js';
import { createContext, type ServiceContext } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { defaultLocale, isLocale, type Locale, type Translate } from './i18n/index.js';
import type { Registry } from './registry.js';

/** What a request carries through the middleware chain. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  flash: Flash | null;
  /** Cookies the app sets get `Secure` when it is served over https. */
  secureCookies: boolean;
  /** What the modules registered at wiring time: the menu, the kinds of thing (kernel/registry.ts). */
  registry: Registry;
  /** Numbers beside menu links for this actor (`registry.countsFor`), set for signed-in page views. */
  navCounts?: Readonly<Record<string, number>>;
}

export interface Flash {
  kind: 'success' | 'error';
  key: string;
  params?: Record<string, string | number>;
}

export interface AppEnv {
  Variables: AppVariables;
}

export type AppContext = Context<AppEnv>;

/** What the application is built from; tests build one per test database. */
export interface AppDeps {
  database: Database;
  config: Config;
  /** The clock; tests pin it. */
  now?: () => Date;
}

export function serviceContext(c: AppContext, db: Db, now: () => Date): ServiceContext {
  return createContext(db, c.get('actor'), {
    requestId: c.get('requestId'),
    now: now(),
    locale: inputLocale(c),
  });
}

/**
 * The language numbers typed as text are read in: a page's form is read in the page's language; an
 * API request's strings in the language its `Content-Language` header names, else English (JSON
 * numbers need no language).
 */
export function inputLocale(c: AppContext): Locale {
  if (!c.req.path.startsWith('/api/')) return c.get('locale');
  const tag = (c.req.header('content-language') ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return isLocale(tag) ? tag : defaultLocale;
}

/** What a module's routes are built from: the app's dependencies and its clock. */
export type RouteDeps = AppDeps & { now: () => Date };

/**
 * What every module's routes start from: its router, the database, today's date by the app's clock
 * and the service context a request's writes run in.
 */
export function moduleRoutes(deps: RouteDeps) {
  const db = deps.database.db as Db;
  return {
    app: new Hono<AppEnv>(),
    db,
    today: () => isoDay(deps.now()),
    ctxOf: (c: AppContext) => serviceContext(c, db, deps.now),
  };
}

/** True when the client wants JSON (API paths or an explicit Accept header). */
export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
}

/** Refuses a request the actor may not make: anonymous people are sent to sign in, others get 403. */
export function requireThat(c: Context<AppEnv>, allowed: boolean): void {
  if (allowed) return;
  throw c.get('actor').kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
}

/**
 * The client's address: the connection's, unless the app is configured to trust `hops` reverse
 * proxies, in which case the address the outermost trusted proxy saw (X-Forwarded-For is appended
 * to by each proxy, so the entries a client wrote itself are to the left and are ignored).
 */
export function clientAddress(c: Context, hops: number): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const socket = incoming?.socket?.remoteAddress ?? '127.0.0.1';
  if (hops <= 0) return socket;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return socket;
  return chain[Math.max(0, chain.length - hops)]!.slice(0, 100);
}
