import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import { ConflictError, type FieldErrors } from '../../kernel/errors.js';
import { attemptFromForm } from '../../kernel/form-errors.js';
import { redirectWithSuccess, submitForm } from '../../kernel/form-post.js';
import { readForm } from '../../kernel/forms.js';
import {
  type AppContext,
  type AppDeps,
  moduleRoutes,
  type RouteDeps,
  requireThat,
} from '../../kernel/http.js';
import { ROW_ID_PATTERN } from '../../kernel/ids.js';
import { renderFormPage } from '../../kernel/page.js';
import { render } from '../../kernel/views/render.js';
import { type DeadlineExtras, getStateView } from '../states/index.js';
import { renderRequestDocx } from './docx.js';
import { requestFields } from './inputs.js';
import { canWriteRequestOf, mayWriteSomeRequest } from './policy.js';
import {
  type ExtensionRequestView,
  flagsOf,
  getRequestForActor,
  listRequestsFor,
  requestsOfStates,
} from './queries.js';
import { setPlanRows } from './set-plan-rows.js';
import { startRequest } from './start-request.js';
import { submitRequest } from './submit-request.js';
import { updateRequest } from './update-request.js';
import { DetailPage, EditPage, ListPage, PLAN_COLUMNS, PlanPage } from './views/pages.js';
import { withdrawRequest } from './withdraw-request.js';

const ID = `:id${ROW_ID_PATTERN}`;
const BLANK_ROWS = 3;

/** Runs a write; a refused input comes back as errors at the fields, anything else is thrown. */
const attempt = (run: () => Promise<unknown>) =>
  attemptFromForm(run, undefined, (err) => (err instanceof ConflictError ? { _: [err.messageKey] } : null));

const valuesOf = (r: ExtensionRequestView): Record<string, string> => ({
  version: String(r.version),
  ...Object.fromEntries(
    requestFields.map((f) => {
      const v = (r as unknown as Record<string, unknown>)[f];
      return [f, v === null || v === undefined ? '' : String(v)];
    }),
  ),
});

export function extensionsRoutes(deps: RouteDeps) {
  const { app, db, ctxOf, today } = moduleRoutes(deps);
  const canWrite = (c: AppContext, r: { stateIso3: string }) =>
    canWriteRequestOf(c.get('actor'), r.stateIso3);

  app.get('/extension-requests', async (c) => {
    const t = c.get('t');
    const rows = await listRequestsFor(db, c.get('actor'), undefined, c.get('locale'));
    return render(c, t('extensions:list.title'), <ListPage t={t} locale={c.get('locale')} rows={rows} />);
  });

  // Starting a request: the focal point of the State (or the ISU) confirms, then the request is pre-filled.
  app.post('/extension-requests/new', async (c) => {
    requireThat(c, mayWriteSomeRequest(c.get('actor')));
    const form = await readForm(c);
    const t = c.get('t');
    return submitForm(c, {
      save: () => startRequest(ctxOf(c), { iso3: form.iso3, article: form.article }),
      again: (errors) => {
        const msgs = Object.values(errors)
          .flat()
          .map((k) => t(k));
        return render(
          c,
          t('extensions:start.refused'),
          <main>
            <h1>{t('extensions:start.refused')}</h1>
            <ul>
              {msgs.map((m) => (
                <li class="error">{m}</li>
              ))}
            </ul>
            <p>
              <a href="/extension-requests">{t('extensions:list.title')}</a>
            </p>
          </main>,
          422,
        );
      },
      flash: 'extensions:flash.started',
      location: (saved) => `/extension-requests/${saved.id}`,
    });
  });

  const detail = async (c: AppContext, r: ExtensionRequestView, errors?: FieldErrors, note?: string) => {
    const { basis, strictlyNecessary } = await flagsOf(db, r, today());
    return renderFormPage(
      c,
      (t) => t('extensions:detail.title', { state: r.stateName, article: r.article }),
      DetailPage,
      {
        locale: c.get('locale'),
        r,
        canWrite: canWrite(c, r),
        flag: strictlyNecessary,
        basis,
        note,
      },
      errors,
    );
  };

  app.get(`/extension-requests/${ID}`, async (c) => {
    const r = await getRequestForActor(db, c.get('actor'), Number(c.req.param('id')), c.get('locale'));
    return detail(c, r);
  });

  app.get(`/extension-requests/${ID}/request.docx`, async (c) => {
    const r = await getRequestForActor(db, c.get('actor'), Number(c.req.param('id')), c.get('locale'));
    const body = await renderRequestDocx(r, c.get('t'), c.get('locale'));
    return c.body(new Uint8Array(body), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="extension-request-${r.stateIso3}-art${r.article}-${r.id}.docx"`,
    });
  });

  const editable = async (c: AppContext) => {
    const r = await getRequestForActor(db, c.get('actor'), Number(c.req.param('id')), c.get('locale'));
    requireThat(c, canWrite(c, r));
    return r;
  };

  const editForm = (
    c: AppContext,
    r: ExtensionRequestView,
    values: Record<string, string>,
    errors?: FieldErrors,
  ) => {
    return renderFormPage(
      c,
      (t) => t('extensions:edit.title', { state: r.stateName, article: r.article }),
      EditPage,
      {
        r,
        values,
      },
      errors,
    );
  };

  app.get(`/extension-requests/${ID}/edit`, async (c) => {
    const r = await editable(c);
    return editForm(c, r, valuesOf(r));
  });

  app.post(`/extension-requests/${ID}/edit`, async (c) => {
    const r = await editable(c);
    const values = await readForm(c);
    const errors = await attempt(() => updateRequest(ctxOf(c), { ...values, id: r.id }));
    if (errors) return editForm(c, r, values, errors);
    return redirectWithSuccess(c, 'extensions:flash.saved', `/extension-requests/${r.id}`);
  });

  const planForm = (
    c: AppContext,
    r: ExtensionRequestView,
    rows: Array<Record<string, string>>,
    version: string,
    errors?: FieldErrors,
  ) => {
    return renderFormPage(
      c,
      (t) => t('extensions:plan.editTitle', { state: r.stateName, article: r.article }),
      PlanPage,
      {
        r,
        rows,
        version,
      },
      errors,
    );
  };

  app.get(`/extension-requests/${ID}/plan`, async (c) => {
    const r = await editable(c);
    const rows = r.plan.map((p) =>
      Object.fromEntries(
        PLAN_COLUMNS.map((k) => [k, p[k] === null || p[k] === undefined ? '' : String(p[k])]),
      ),
    );
    const blank = Object.fromEntries(PLAN_COLUMNS.map((k) => [k, '']));
    return planForm(
      c,
      r,
      [...rows, ...Array.from({ length: BLANK_ROWS }, () => ({ ...blank }))],
      String(r.version),
    );
  });

  app.post(`/extension-requests/${ID}/plan`, async (c) => {
    const r = await editable(c);
    const form = await readForm(c);
    const typed: Array<Record<string, string>> = [];
    for (let i = 0; form[`rows.${i}.year`] !== undefined || form[`rows.${i}.milestone`] !== undefined; i++)
      typed.push(Object.fromEntries(PLAN_COLUMNS.map((k) => [k, form[`rows.${i}.${k}`] ?? ''])));
    // A row left wholly blank is no row; the others keep their place on the form for the errors.
    const kept = typed
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => Object.values(row).some((v) => v.trim() !== ''));
    const errors = await attempt(() =>
      setPlanRows(ctxOf(c), { id: r.id, version: form.version, rows: kept.map(({ row }) => row) }),
    );
    if (errors) {
      const remapped: FieldErrors = {};
      for (const [key, msgs] of Object.entries(errors)) {
        const m = /^rows\.(\d+)\.(.+)$/.exec(key);
        const at = m ? `rows.${kept[Number(m[1])]?.i ?? m[1]}.${m[2]}` : key;
        remapped[at] = msgs;
      }
      return planForm(c, r, typed, form.version ?? '', remapped);
    }
    return redirectWithSuccess(c, 'extensions:flash.planSaved', `/extension-requests/${r.id}#plan`);
  });

  app.post(`/extension-requests/${ID}/submit`, async (c) => {
    const r = await editable(c);
    const form = await readForm(c);
    const errors = await attempt(() =>
      submitRequest(ctxOf(c), { id: r.id, version: form.version, note: form.note }),
    );
    if (errors) return detail(c, r, errors, form.note);
    return redirectWithSuccess(c, 'extensions:flash.submitted', `/extension-requests/${r.id}`);
  });

  app.post(`/extension-requests/${ID}/withdraw`, async (c) => {
    const r = await editable(c);
    const form = await readForm(c);
    const errors = await attempt(() =>
      withdrawRequest(ctxOf(c), { id: r.id, version: form.version, reason: form.reason }),
    );
    if (errors) return detail(c, r, errors);
    return redirectWithSuccess(c, 'extensions:flash.withdrawn', `/extension-requests/${r.id}`);
  });

  return app;
}

/**
 * The State profile's link: for the focal point of the State (or the ISU), each open Article 3 or 4
 * obligation offers "Prepare an extension request", or the request standing. Injected by app.ts.
 */
export function extensionsProfileSection(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const actor = c.get('actor');
    if (!canWriteRequestOf(actor, iso3)) return null;
    const t = c.get('t');
    const state = await getStateView(db, iso3, isoDay(deps.now()), c.get('locale'));
    const open = state.obligations.filter((o) => (o.article === 3 || o.article === 4) && o.status === 'open');
    if (open.length === 0 || state.ccmStatus !== 'state_party') return null;
    const standing = await requestsOfStates(db, [iso3]);
    return (
      <section aria-labelledby="extension-requests" id="extension-requests-section">
        <h2 id="extension-requests">{t('extensions:profile.title')}</h2>
        <ul>
          {open.map((o) => {
            const r = standing.filter((x) => x.article === o.article).at(-1);
            return (
              <li>
                {r ? (
                  <a href={`/extension-requests/${r.id}`}>
                    {t('extensions:profile.standing', {
                      article: o.article,
                      status: t(`extensions:status.${r.status}`),
                    })}
                  </a>
                ) : (
                  <form method="post" action="/extension-requests/new#errors">
                    <input type="hidden" name="iso3" value={iso3} />
                    <input type="hidden" name="article" value={String(o.article)} />
                    <button type="submit">{t('extensions:profile.prepare', { article: o.article })}</button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    );
  };
}

/**
 * The Deadlines page's notice for the focal point of a State with an open Article 3 or 4
 * obligation (or its request standing): a link to prepare the request. Nothing for anyone else.
 */
export function extensionsDeadlineExtras(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, day: string): Promise<DeadlineExtras> => {
    const actor = c.get('actor');
    const none: DeadlineExtras = { columns: [], page: [], sorts: [] };
    const iso3 = actor.role === 'focal_point' ? actor.stateIso3 : null;
    if (!iso3 || !canWriteRequestOf(actor, iso3)) return none;
    const t = c.get('t');
    const state = await getStateView(db, iso3, day, c.get('locale'));
    const open = state.obligations.filter((o) => (o.article === 3 || o.article === 4) && o.status === 'open');
    if (open.length === 0 || state.ccmStatus !== 'state_party') return none;
    return {
      ...none,
      notice: (
        <p data-extension-link={iso3}>
          <a href={`/states/${iso3}#extension-requests-section`}>
            {t('extensions:deadlines.link', { state: state.name })}
          </a>
        </p>
      ),
    };
  };
}
