import { type Hook, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import { addVary, conditionalJson } from '../../kernel/encoded.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { problem } from '../../kernel/problem.js';
import {
  checkClaims,
  cooperationSummary,
  latestReportingYear,
  publishedClaims,
} from '../cooperation/index.js';
import { getReport, getReportVersionForActor, listReportsForState } from '../reports/index.js';
import { listRisks, riskKey } from '../risk/index.js';
import { getStateView, listDeadlines, listStates } from '../states/index.js';
import { apiAreaOf } from './areas.js';
import { registerCoalitionsApi } from './coalitions-api.js';
import { registerDirectoryApi } from './directory-api.js';
import { bearerAuth, buildDocument, type OpenApiDocument } from './document.js';
import { invalidInput } from './invalid.js';
import { registerLedgerApi } from './ledger-api.js';
import { registerMeetingsApi } from './meetings-api.js';
import { registerNeedsApi } from './needs-api.js';
import {
  getCooperationSummaryOperation,
  getReportVersionOperation,
  getStateOperation,
  listDeadlinesOperation,
  listStateReportsOperation,
  listStatesOperation,
} from './operations.js';
import { pageOf } from './paging.js';
import { registerPracticesApi } from './practices-api.js';
import {
  presentCooperationSummary,
  presentDeadline,
  presentReport,
  presentReportVersion,
  presentStateDetail,
  presentStateSummary,
} from './present.js';
import { registerProgressApi } from './progress-api.js';
import { docsPage } from './views/docs-page.js';
import { registerWorkPlansApi } from './work-plans-api.js';

/** A failed Zod check on params or query is the client's mistake: 400 with the problem per field. */
const invalidRequest: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return;
  return invalidInput(c, ValidationError.fromZod(result.error).fieldErrors);
};

/** Every answer is the same for every caller (public reads), so shared caches may keep it briefly. */
const cachePublicly = (c: Context) => c.header('Cache-Control', 'public, max-age=300');

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export function apiRoutes(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  const today = () => isoDay(deps.now());
  const api = new OpenAPIHono<AppEnv>({ defaultHook: invalidRequest });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', bearerAuth);
  // Every read answers with an ETag (304 when unchanged); public reads (no token, no session) may be
  // read from any origin, without credentials; personal answers never carry CORS headers.
  api.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Methods', 'GET, HEAD');
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    addVary(c, 'Authorization', 'Cookie');
    if (c.get('actor').kind === 'anonymous') {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Expose-Headers', 'ETag, Link');
    }
    await conditionalJson(c);
  });
  // A token limited to some areas is refused the others, before any route reads anything.
  api.use('/v1/*', async (c, next) => {
    const token = c.get('actor').token;
    const area = apiAreaOf(c.req.path);
    if (token && area && !token.scopes.includes(area))
      throw new ForbiddenError(`token without the ${area} scope`);
    await next();
  });

  api.openapi(listStatesOperation, async (c) => {
    const { status, region, asOf } = c.req.valid('query');
    const day = asOf ?? today();
    const views = await listStates(db, day, { status, region });
    const { page, ...paging } = pageOf(c, views, (v) => v.iso3);
    cachePublicly(c);
    return c.json({ asOf: day, ...paging, states: page.map(presentStateSummary) }, 200);
  });

  /** The deadline risk of each open Article 3 and 4 obligation on a day (risk module). */
  const risksOn = async (day: string) => {
    const risks = await listRisks(db, day);
    return (iso3: string, article: number) => risks.get(riskKey(iso3, article));
  };

  api.openapi(getStateOperation, async (c) => {
    const day = c.req.valid('query').asOf ?? today();
    const view = await getStateView(db, c.req.valid('param').iso3.toUpperCase(), day);
    const riskOf = await risksOn(day);
    cachePublicly(c);
    return c.json(presentStateDetail(view, riskOf), 200);
  });

  api.openapi(listDeadlinesOperation, async (c) => {
    const day = c.req.valid('query').asOf ?? today();
    const [rows, riskOf] = await Promise.all([listDeadlines(db, day), risksOn(day)]);
    const { page, ...paging } = pageOf(c, rows, (r) => `${r.state.iso3}:${r.obligation.article}`);
    cachePublicly(c);
    return c.json({ today: day, ...paging, deadlines: page.map((r) => presentDeadline(r, riskOf)) }, 200);
  });

  api.openapi(listStateReportsOperation, async (c) => {
    const iso3 = c.req.valid('param').iso3.toUpperCase();
    await getStateView(db, iso3, today()); // 404 for an unknown State
    const rows = await listReportsForState(db, c.get('actor'), iso3);
    const { page, ...paging } = pageOf(c, rows, (r) => String(r.id));
    // What a caller sees depends on who they are: never share it across callers.
    c.header('Cache-Control', 'private, no-store');
    return c.json(
      {
        iso3,
        ...paging,
        includesDemonstrationData: rows.some((r) => r.demonstration),
        reports: page.map(presentReport),
      },
      200,
    );
  });

  api.openapi(getReportVersionOperation, async (c) => {
    const { id, number } = c.req.valid('param');
    const report = await getReport(db, id);
    const summary = report.versions.find((v) => v.number === number);
    if (!summary) throw new NotFoundError('report', `${id} version ${number}`);
    const { version } = await getReportVersionForActor(db, c.get('actor'), summary.id);
    c.header('Cache-Control', 'private, no-store');
    return c.json(presentReportVersion(report, version), 200);
  });

  api.openapi(getCooperationSummaryOperation, async (c) => {
    const year =
      c.req.valid('query').year ?? (await latestReportingYear(db)) ?? deps.now().getUTCFullYear() - 1;
    const summary = await cooperationSummary(db, year);
    cachePublicly(c);
    return c.json(presentCooperationSummary(summary, checkClaims(summary, publishedClaims)), 200);
  });

  registerNeedsApi(api, { db, now: deps.now });

  registerLedgerApi(api, { db, now: deps.now });
  registerMeetingsApi(api, { db });
  registerCoalitionsApi(api, { db, now: deps.now });
  registerProgressApi(api, { db });
  registerPracticesApi(api, { db });
  registerDirectoryApi(api, { db, now: deps.now });
  registerWorkPlansApi(api, { db });
  // Built on first use, after every route above is registered; it never changes afterwards.
  let document: OpenApiDocument | undefined;
  const getDocument = () => {
    document ??= buildDocument(api);
    return document;
  };

  api.get('/openapi.json', (c) => {
    cachePublicly(c);
    return c.json(getDocument());
  });

  // Not cached publicly: the page shell shows who is signed in.
  api.get('/docs', (c) => docsPage(c, getDocument()));

  // Writing is the exception (one operation so far): a write method on a path that does not take it
  // says so plainly instead of a bare 404, naming the methods the path takes.
  // Every operation registered above, wherever it was defined, in Hono's path syntax.
  const methodsOf = new Map<string, Set<string>>([
    ['/openapi.json', new Set(['GET', 'HEAD'])],
    ['/docs', new Set(['GET', 'HEAD'])],
  ]);
  for (const d of api.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const path = d.route.path.replace(/\{(\w+)\}/g, ':$1');
    const methods = methodsOf.get(path) ?? new Set<string>();
    const method = d.route.method.toUpperCase();
    for (const m of method === 'GET' ? ['GET', 'HEAD'] : [method]) methods.add(m);
    methodsOf.set(path, methods);
  }
  for (const [path, methods] of methodsOf) {
    const refused = WRITE_METHODS.filter((m) => !methods.has(m));
    api.on(refused, path, (c) =>
      problem(c, 405, 'API.READ_ONLY', c.get('t')('api:errors.readOnly', { method: c.req.method }), {
        headers: { Allow: [...methods].join(', ') },
      }),
    );
  }

  return api;
}
