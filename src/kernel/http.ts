import type { Context } from 'hono';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import type { Actor } from './actor.js';
import { createContext, type ServiceContext } from './context.js';
import type { Locale, Translate } from './i18n/index.js';

/** What a request carries through the middleware chain. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  t: Translate;
  actor: Actor;
  flash: Flash | null;
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
  return createContext(db, c.get('actor'), { requestId: c.get('requestId'), now: now() });
}

/** True when the client wants JSON (API paths or an explicit Accept header). */
export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
}
