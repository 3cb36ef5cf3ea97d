import { z } from 'zod';
import { serveDownloads } from '../../../kernel/downloads.js';
import { type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess, submitForm } from '../../../kernel/form-post.js';
import { readForm, redirectToOutcome, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { isIso3, iso3Filter, ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { renderPage } from '../../../kernel/page.js';
import { render, renderForm } from '../../../kernel/views/render.js';
import { type StaleChange, staleChanges } from '../../../kernel/views/stale-record.js';
import { exportColumns } from '../../../kernel/views/table.js';
import { listStateNames } from '../../states/index.js';
import { canSeeUnpublishedNeeds, canWriteNeedsOf, mayWriteSomeNeed, needsScopeOf } from '../shared/policy.js';
import { areas, needStatuses } from '../shared/vocabulary.js';
import { addNeed } from './add-need.js';
import { DuplicateNeedError } from './inputs.js';
import { findNeedForActor, listNeeds } from './queries.js';
import { reconfirmNeed } from './reconfirm-need.js';
import { setNeedConsent } from './set-need-consent.js';
import { setNeedStatus } from './set-need-status.js';
import type { NeedSection, NeedView } from './types.js';
import { updateNeed } from './update-need.js';
import { NeedPage } from './views/detail.js';
import { formValuesOf, NeedFormPage, needFormFields } from './views/form.js';
import { NeedsListPage, needTable } from './views/list.js';
import { needHref } from './views/parts.js';
import { withdrawNeed } from './withdraw-need.js';

/** Bad filter values are dropped, never an error: a stale bookmark still shows the list. */
const ListQuery = z.object({
  state: iso3Filter,
  area: z.enum(areas).optional().catch(undefined),
  status: z.enum(needStatuses).optional().catch(undefined),
});
type ListQuery = z.infer<typeof ListQuery>;

const ID = `:id${ROW_ID_PATTERN}`;

export function needsRoutes(deps: RouteDeps & { needSections: NeedSection[] }) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  const queryOf = (f: ListQuery) => {
    const params = new URLSearchParams();
    if (f.state) params.set('state', f.state);
    if (f.area) params.set('area', f.area);
    if (f.status) params.set('status', f.status);
    const s = params.toString();
    return s ? `?${s}` : '';
  };
  const listed = (c: AppContext, f: ListQuery) =>
    listNeeds(db, {
      actor: c.get('actor'),
      today: today(),
      stateIso3: f.state,
      area: f.area,
      status: f.status,
      locale: c.get('locale'),
    });

  app.get('/cooperation/needs', async (c) => {
    const actor = c.get('actor');
    const f = ListQuery.parse(c.req.query());
    const [rows, states] = await Promise.all([listed(c, f), listStateNames(db, c.get('locale'))]);
    return renderPage(c, 'needs:list.title', NeedsListPage, {
      today: today(),
      rows,
      filters: f,
      states,
      query: queryOf(f),
      publicView: !canSeeUnpublishedNeeds(actor),
      mayAdd: mayWriteSomeNeed(actor),
    });
  });

  serveDownloads(app, '/cooperation/needs', async (c) => ({
    filename: `needs-${today()}`,
    sheetName: c.get('t')('needs:list.title'),
    columns: exportColumns(needTable(c.get('t'), c.get('locale'))),
    rows: await listed(c, ListQuery.parse(c.req.query())),
  }));

  // ---- Adding a need ----
  const statesFor = async (c: AppContext) => {
    const actor = c.get('actor');
    const all = await listStateNames(db, c.get('locale'));
    return needsScopeOf(actor) === 'any' ? all : all.filter((s) => s.iso3 === actor.stateIso3);
  };
  const newPage = async (
    c: AppContext,
    values: Record<string, string>,
    errors?: FieldErrors,
    duplicateOf?: number,
  ) => {
    const t = c.get('t');
    const states = await statesFor(c);
    return renderForm(c, t('needs:form.newTitle'), errors, (errs) => (
      <NeedFormPage
        t={t}
        mode="new"
        states={states}
        values={values}
        errors={errs}
        duplicateOf={duplicateOf}
      />
    ));
  };

  app.get('/cooperation/needs/new', async (c) => {
    requireThat(c, mayWriteSomeNeed(c.get('actor')));
    // A link from a State's profile names the State; anything else in `state` is simply not chosen.
    const named = (c.req.query('state') ?? '').toUpperCase();
    return newPage(c, isIso3(named) ? { stateIso3: named } : {});
  });

  app.post('/cooperation/needs/new', async (c) => {
    const actor = c.get('actor');
    requireThat(c, mayWriteSomeNeed(actor));
    const form = await readForm(c);
    const values = Object.fromEntries(
      ['stateIso3', ...needFormFields, 'isPublic'].map((k) => [k, form[k] ?? '']),
    );
    // A focal point adds for its own State, whatever the form says.
    if (needsScopeOf(actor) !== 'any' && actor.stateIso3) values.stateIso3 = actor.stateIso3;
    return submitForm(c, {
      save: () => addNeed(ctxOf(c), values),
      again: (errors, refusal) =>
        newPage(c, values, errors, refusal instanceof DuplicateNeedError ? refusal.existingId : undefined),
      flash: 'needs:flash.added',
      location: (saved) => needHref(saved.id),
    });
  });

  // ---- One need ----
  const loadNeed = (c: AppContext) =>
    findNeedForActor(db, c.get('actor'), rowIdParam(c), today(), c.get('locale'));

  const needPage = async (
    c: AppContext,
    need: NeedView,
    withdraw?: { values: Record<string, string>; errors?: FieldErrors },
  ) => {
    const t = c.get('t');
    const sections = await Promise.all(deps.needSections.map((section) => section(c, need)));
    return renderPage(
      c,
      (t) => t('needs:detail.title', { state: need.stateName, area: t(`needs:area.${need.area}`) }),
      NeedPage,
      {
        need,
        mayWrite: canWriteNeedsOf(c.get('actor'), need.stateIso3),
        sections,
        withdraw: withdraw
          ? { values: withdraw.values, errors: translateErrors(t, withdraw.errors) }
          : undefined,
      },
      withdraw?.errors ? 422 : 200,
    );
  };

  app.get(`/cooperation/needs/${ID}`, async (c) => needPage(c, await loadNeed(c)));

  const editPage = (
    c: AppContext,
    need: NeedView,
    values: Record<string, string>,
    more: { errors?: FieldErrors; duplicateOf?: number; version?: number; stale?: StaleChange[] } = {},
  ) => {
    const t = c.get('t');
    return render(
      c,
      t('needs:form.editTitle', { state: need.stateName }),
      <NeedFormPage
        t={t}
        mode="edit"
        need={need}
        values={values}
        errors={translateErrors(t, more.errors)}
        duplicateOf={more.duplicateOf}
        version={more.version ?? need.version}
        stale={more.stale}
      />,
      more.stale ? 409 : more.errors ? 422 : 200,
    );
  };

  app.get(`/cooperation/needs/${ID}/edit`, async (c) => {
    const need = await loadNeed(c);
    requireThat(c, canWriteNeedsOf(c.get('actor'), need.stateIso3));
    return editPage(c, need, formValuesOf(need, c.get('locale')));
  });

  app.post(`/cooperation/needs/${ID}/edit`, async (c) => {
    const need = await loadNeed(c);
    requireThat(c, canWriteNeedsOf(c.get('actor'), need.stateIso3));
    const form = await readForm(c);
    const values = Object.fromEntries(needFormFields.map((k) => [k, form[k] ?? '']));
    const version = Number.parseInt(form.version ?? '', 10);
    const kept = Number.isNaN(version) ? undefined : version;
    return submitForm(c, {
      save: () => updateNeed(ctxOf(c), { ...values, id: need.id, version: form.version ?? '' }),
      again: (errors, refusal) =>
        editPage(c, need, values, {
          errors,
          duplicateOf: refusal instanceof DuplicateNeedError ? refusal.existingId : undefined,
          version: kept,
        }),
      stale: async () => {
        // The typed values stay, with the version they were typed against: never the newer one silently.
        const t = c.get('t');
        const stored = formValuesOf(await loadNeed(c), c.get('locale'));
        const stale = staleChanges(stored, values, needFormFields, (f) => t(`needs:col.${f}`));
        return editPage(c, need, values, { version: kept, stale });
      },
      flash: 'needs:flash.updated',
      location: () => needHref(need.id),
    });
  });

  // ---- One-click actions: each posts to its verb and comes back to the need ----
  app.post(`/cooperation/needs/${ID}/reconfirm`, async (c) => {
    const need = await loadNeed(c);
    await reconfirmNeed(ctxOf(c), { id: need.id });
    return redirectWithSuccess(c, 'needs:flash.reconfirmed', needHref(need.id));
  });

  app.post(`/cooperation/needs/${ID}/status`, async (c) => {
    const need = await loadNeed(c);
    const form = await readForm(c);
    try {
      await setNeedStatus(ctxOf(c), { id: need.id, status: form.status ?? '' });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return redirectToOutcome(c, { kind: 'error', key: 'needs:errors.status' }, needHref(need.id));
    }
    return redirectWithSuccess(c, `needs:flash.status.${form.status}`, needHref(need.id));
  });

  app.post(`/cooperation/needs/${ID}/consent`, async (c) => {
    const need = await loadNeed(c);
    const form = await readForm(c);
    const { isPublic } = await setNeedConsent(ctxOf(c), { id: need.id, isPublic: form.isPublic ?? '' });
    return redirectWithSuccess(
      c,
      isPublic ? 'needs:flash.published' : 'needs:flash.unpublished',
      needHref(need.id),
    );
  });

  app.post(`/cooperation/needs/${ID}/withdraw`, async (c) => {
    const need = await loadNeed(c);
    const form = await readForm(c);
    const values = { reason: form.reason ?? '' };
    return submitForm(c, {
      save: () => withdrawNeed(ctxOf(c), { id: need.id, ...values }),
      again: (errors) => needPage(c, need, { values, errors }),
      flash: 'needs:flash.withdrawn',
      location: () => needHref(need.id),
    });
  });

  return app;
}
