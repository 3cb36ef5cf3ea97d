import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { anonymous } from './kernel/actor.js';
import { isoDay } from './kernel/clock.js';
import { ownsItsDatabase } from './kernel/data-version.js';
import { sendEncoded } from './kernel/encoded.js';
import { AppError, ValidationError } from './kernel/errors.js';
import { safeNext, takeFlash } from './kernel/forms.js';
import type { AppContext, AppDeps, AppEnv } from './kernel/http.js';
import { clientAddress, wantsJson } from './kernel/http.js';
import { isLocale, negotiateLocale, translator } from './kernel/i18n/index.js';
import { describeError } from './kernel/log.js';
import { createPageCache, PUBLIC_PAGE } from './kernel/page-cache.js';
import { problem } from './kernel/problem.js';
import { createRegistry } from './kernel/registry.js';
import { robotsTxt, sitemapXml } from './kernel/site-files.js';
import { css, favicon } from './kernel/views/assets.js';
import { errorPage } from './kernel/views/error-page.js';
import {
  accountsRoutes,
  actorForSession,
  createAuth,
  findActorForApiToken,
  recordSecurityEvent,
  type SecurityEventKind,
  TOTP_ENROLMENT_PATHS,
} from './modules/accounts/index.js';
import { analysisRoutes } from './modules/analysis/index.js';
import { apiRoutes } from './modules/api/index.js';
import { calendarRoutes, listMeetings } from './modules/calendar/index.js';
import {
  actionItemCoalitionLinks,
  coalitionsProfileSection,
  coalitionsRoutes,
} from './modules/coalitions/index.js';
import {
  actionItemNeedLinks,
  cooperationProfileSection,
  cooperationRoutes,
  listNeeds,
} from './modules/cooperation/index.js';
import { directoryRoutes } from './modules/directory/index.js';
import {
  extensionsDeadlineExtras,
  extensionsProfileSection,
  extensionsRoutes,
} from './modules/extensions/index.js';
import { followupsProfileSection, followupsRoutes } from './modules/followups/index.js';
import { homeRoutes } from './modules/home/index.js';
import { outboxRoutes } from './modules/outbox/index.js';
import { practicesRoutes } from './modules/practices/index.js';
import {
  progressExportRoutes,
  progressJudgementRoutes,
  progressNarrativeRoutes,
  progressRoutes,
} from './modules/progress/index.js';
import { complianceRoutes, reportsProfileSection, reportsRoutes } from './modules/reports/index.js';
import { riskDeadlineExtras, riskProfileSection } from './modules/risk/index.js';
import { listStates, statesRoutes } from './modules/states/index.js';
import { workPlansRoutes } from './modules/workplans/index.js';
import { workspaceRoutes } from './modules/workspace/index.js';
import { moduleRegistrations } from './registrations.js';
import { wireModules } from './wiring.js';

export interface CreateAppDeps extends AppDeps {
  authSecret: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const A_DAY = 'public, max-age=86400';
const LANGUAGE_COOKIE = 'lang';
/** What crawlers leave alone: signing in, accounts and their tokens, personal pages, the API. */
const NOT_FOR_CRAWLERS = [
  '/sign-in',
  '/sign-out',
  '/account',
  '/invite/',
  '/reset-password/',
  '/forgot-password',
  '/start',
  '/inbox',
  '/admin/',
  '/lang/',
  '/api/',
];

/** Keeps the reader's language choice for a year. */
function keepLanguage(c: Context<AppEnv>, locale: string, secure: boolean) {
  setCookie(c, LANGUAGE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'Lax', secure });
}

/** Builds the whole application from its dependencies; nothing here reads the environment. */
export function createApp(deps: CreateAppDeps) {
  const { database, config } = deps;
  wireModules();
  const now = deps.now ?? (() => new Date());
  const auth = createAuth(database.db, {
    baseUrl: config.baseUrl,
    secret: deps.authSecret,
    secureCookies: config.secureCookies,
  });
  const app = new Hono<AppEnv>();
  // The embedded database's directory is locked to this process: no one else moves its data version.
  if (database.engine === 'pglite') ownsItsDatabase(database.db);
  // What each module adds to the shell: its menu links (in `order`) and its not-found kinds.
  const registry = createRegistry(moduleRegistrations);
  // Refusals go to the security log for the ISU; a failure to log never changes the answer.
  const logRefusal = (c: Context<AppEnv>, kind: SecurityEventKind) =>
    recordSecurityEvent(database.db, {
      at: now(),
      kind,
      userId: c.get('actor')?.id,
      clientAddress: clientAddress(c, config.TRUST_PROXY),
      method: c.req.method,
      path: c.req.path,
      requestId: c.get('requestId'),
    }).catch((err) => console.error(`[${c.get('requestId')}] security log`, err));

  // Compressed once at start-up (the compress middleware below never sees these routes): the
  // fingerprinted stylesheet is kept for good, the icon at its fixed address for a day.
  app.get(css.path, (c) => sendEncoded(c, css.encoded, 200, { 'Cache-Control': IMMUTABLE }));
  app.get(favicon.path, (c) => sendEncoded(c, favicon.encoded, 200, { 'Cache-Control': A_DAY }));
  app.get('/favicon.ico', (c) => {
    c.header('Cache-Control', A_DAY);
    return c.redirect(favicon.path, 301);
  });
  app.get('/healthz', (c) => c.json({ status: 'ok', engine: database.engine }));

  app.use(requestId());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(compress());
  app.use(async (c, next) => {
    // An explicit `?lang=` (a shared link, the sitemap's alternates) wins over the cookie, and is kept.
    const asked = c.req.query('lang');
    const kept = getCookie(c, 'lang');
    const locale = negotiateLocale(isLocale(asked) ? asked : kept, c.req.header('accept-language'));
    if (isLocale(asked) && asked !== kept) keepLanguage(c, asked, config.secureCookies);
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.set('flash', takeFlash(c as AppContext));
    c.set('actor', anonymous);
    c.set('secureCookies', config.secureCookies);
    c.set('registry', registry);
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      // API tokens are for the JSON API only: HTML pages and their forms take a session and a
      // same-origin post, never a token, so a leaked token cannot act as a signed-in person.
      const actor = c.req.path.startsWith('/api/')
        ? await findActorForApiToken(database.db, bearer, now())
        : undefined;
      if (!actor) {
        await logRefusal(c, 'token_refused');
        const key = c.req.path.startsWith('/api/') ? 'errors:tokenInvalid' : 'errors:tokenNotHere';
        return problem(c, 401, 'AUTH.TOKEN_INVALID', c.get('t')(key));
      }
      c.set('actor', actor);
    } else if (getCookie(c, 'ccm.session_token') || getCookie(c, '__Secure-ccm.session_token')) {
      const session = await actorForSession(auth, database.db, c.req.raw.headers);
      for (const cookie of session.setCookies) c.header('set-cookie', cookie, { append: true });
      if (session.actor) c.set('actor', session.actor);
      // The ISU and Coordinators work only once they have a second factor; until then, enrolment.
      if (session.mustEnrolTotp && !TOTP_ENROLMENT_PATHS.some((p) => c.req.path.startsWith(p)))
        return c.redirect('/account/two-factor', 303);
    }
    // The numbers beside menu links (unread messages) on a signed-in person's pages: one small read;
    // a failure shows no number rather than no page.
    if (c.get('actor').kind === 'user' && c.req.method === 'GET' && !c.req.path.startsWith('/api/'))
      c.set(
        'navCounts',
        await registry.countsFor(database.db, c.get('actor')).catch((err: unknown) => {
          console.error(`[${c.get('requestId')}] menu counts`, err);
          return {};
        }),
      );
    await next();
  });
  // A body past its limit cannot be read, so the form cannot be shown again: the page says what
  // happened, in the reader's language, and leads back to the form. Forms get room far beyond any
  // field's own maximum, so a long paste comes back with its field error and everything typed (422);
  // uploads keep their tighter bound (the routes check the file itself at 2 MiB); the API reads no bodies.
  const tooLarge = (limit: string) => (c: Context<AppEnv>) => {
    const message = c.get('t')('errors:payloadTooLarge', { limit });
    return wantsJson(c)
      ? problem(c, 413, 'INPUT.TOO_LARGE', message)
      : errorPage(c as AppContext, 413, message, wayBack(c.req.method, c.req.path));
  };
  const formLimit = bodyLimit({ maxSize: 8 * 1024 * 1024, onError: tooLarge('8 MiB') });
  const uploadLimit = bodyLimit({ maxSize: 3 * 1024 * 1024, onError: tooLarge('3 MiB') });
  const apiLimit = bodyLimit({ maxSize: 1024 * 1024, onError: tooLarge('1 MiB') });
  app.use((c, next) =>
    c.req.path.endsWith('/upload')
      ? uploadLimit(c, next)
      : c.req.path.startsWith('/api/')
        ? apiLimit(c, next)
        : formLimit(c, next),
  );
  // PostgreSQL cannot hold U+0000 and no link needs it: an address carrying one is refused before
  // any route reads it (form bodies have it removed where they are read, in kernel/forms.ts).
  app.use(async (c, next) => {
    // Escape by escape, so an encoded percent sign followed by "00" (`%2500`) is not taken for one.
    if (!c.req.url.match(/%[0-9a-f]{2}/gi)?.includes('%00')) return next();
    const message = c.get('t')('errors:nulInAddress');
    return wantsJson(c)
      ? problem(c, 400, 'INPUT.NUL_IN_ADDRESS', message)
      : errorPage(c as AppContext, 400, message);
  });
  // Forms post only from our own pages; API clients use bearer tokens and JSON, which this does not block.
  app.use(csrf({ origin: (origin, c) => origin === config.baseUrl || origin === new URL(c.req.url).origin }));

  // Public pages are kept rendered per data version, day, language and address (decision 032).
  const pageCache = createPageCache({
    db: database.db,
    today: () => isoDay(now()),
    sharedCookies: [LANGUAGE_COOKIE],
  });
  app.use(pageCache.middleware);

  app.get('/lang/:code', (c) => {
    const code = c.req.param('code');
    if (isLocale(code)) keepLanguage(c, code, config.secureCookies);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });

  app.get('/robots.txt', (c) => {
    c.header('Cache-Control', A_DAY);
    return c.text(robotsTxt(config.baseUrl, NOT_FOR_CRAWLERS));
  });
  app.get('/sitemap.xml', async (c) => {
    const today = isoDay(now());
    const [views, meetings, needs] = await Promise.all([
      listStates(database.db, today),
      listMeetings(database.db),
      listNeeds(database.db, { actor: anonymous, today }),
    ]);
    const paths = [
      ...registry.navFor(anonymous).map((e) => e.href),
      ...views.map((v) => `/states/${v.iso3}`),
      ...meetings.map((m) => `/meetings/${encodeURIComponent(m.code)}`),
      ...needs.map((n) => `/cooperation/needs/${n.id}`),
    ];
    c.header('Cache-Control', PUBLIC_PAGE);
    return c.body(sitemapXml(config.baseUrl, [...new Set(paths)]), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    });
  });

  const routeDeps = { ...deps, now, auth };
  // The modules' pages, mounted in this order: where two paths could match, the first mounted wins.
  const pages = [
    homeRoutes(routeDeps),
    statesRoutes({
      ...routeDeps,
      profileSections: [
        reportsProfileSection(routeDeps),
        riskProfileSection(routeDeps),
        extensionsProfileSection(routeDeps),
        cooperationProfileSection(routeDeps),
        coalitionsProfileSection(routeDeps),
        followupsProfileSection(routeDeps),
      ],
      deadlineExtras: [riskDeadlineExtras(routeDeps), extensionsDeadlineExtras(routeDeps)],
    }),
    // Before the report routes, whose /reports/:id would otherwise take /reports/compliance.
    complianceRoutes(routeDeps),
    reportsRoutes(routeDeps),
    accountsRoutes(routeDeps),
    outboxRoutes(routeDeps),
    workspaceRoutes(routeDeps),
    cooperationRoutes(routeDeps),
    practicesRoutes(routeDeps),
    directoryRoutes(routeDeps),
    workPlansRoutes(routeDeps),
    coalitionsRoutes(routeDeps),
    extensionsRoutes(routeDeps),
    calendarRoutes({
      ...routeDeps,
      actionItemLinks: [actionItemNeedLinks(routeDeps), actionItemCoalitionLinks(routeDeps)],
    }),
    // No Country Coalitions reader yet: the worklist shows each State's coalition as not known.
    followupsRoutes(routeDeps),
    // The downloads, the published comparison, the assessment forms, the narrative and the versions
    // first: their paths sit below /progress/{meeting}/, where the report's own pages would read the
    // last part as an indicator.
    progressExportRoutes(routeDeps),
    progressJudgementRoutes(routeDeps),
    progressNarrativeRoutes(routeDeps),
    progressRoutes(routeDeps),
    analysisRoutes(routeDeps),
  ];
  for (const routes of pages) app.route('/', routes);
  app.route('/api', apiRoutes(routeDeps));

  app.notFound((c) => {
    if (wantsJson(c)) return problem(c, 404, 'NOT_FOUND', c.get('t')('errors:pageNotFound'));
    return errorPage(c as AppContext, 404, c.get('t')('errors:pageNotFound'));
  });

  app.onError(async (err, c: Context<AppEnv>) => {
    const t = c.get('t') ?? translator('en');
    const refused = err instanceof AppError || err instanceof HTTPException ? err.status : 0;
    if (refused === 401 || refused === 403)
      await logRefusal(c, refused === 401 ? 'refused_401' : 'refused_403');
    if (err instanceof AppError) {
      // A thing's kind is a catalogue key too, so "State LBN was not found" reads right in every language.
      const params =
        typeof err.params.what === 'string'
          ? { ...err.params, what: t(registry.thingLabelKey(err.params.what) ?? err.params.what) }
          : err.params;
      const message = t(err.messageKey, params);
      if (wantsJson(c)) {
        const fields =
          err instanceof ValidationError
            ? Object.fromEntries(Object.entries(err.fieldErrors).map(([k, v]) => [k, v.map((m) => t(m))]))
            : undefined;
        return problem(c, err.status, err.code, message, { fields });
      }
      if (err.status === 401) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
      return errorPage(c as AppContext, err.status, message, wayBack(c.req.method, c.req.path));
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      if (wantsJson(c)) return problem(c, status, `HTTP.${status}`, err.message);
      return errorPage(c as AppContext, status as 403, t('errors:requestRefused'));
    }
    console.error(`[${c.get('requestId')}] ${describeError(err)}`);
    if (wantsJson(c)) return problem(c, 500, 'INTERNAL', t('errors:internal'));
    return errorPage(c as AppContext, 500, t('errors:internal'));
  });

  /**
   * The page a refused POST came from: its own address when that is a page (`/needs/new`), else the
   * nearest page above it (`/iati/upload` → `/iati`). Found in the app's own routes, so it never
   * leads to a 404. GET requests have no form to go back to.
   */
  function wayBack(method: string, path: string): string | undefined {
    if (method === 'GET' || method === 'HEAD') return undefined;
    for (let p = path; p.length > 1; p = p.slice(0, p.lastIndexOf('/')) || '/') {
      const [handlers] = app.router.match('GET', p) as unknown as [Array<[[unknown, { method: string }]]>];
      if (handlers.some(([[, route]]) => route.method === 'GET')) return p;
    }
    return undefined;
  }

  return app;
}

export type App = ReturnType<typeof createApp>;
