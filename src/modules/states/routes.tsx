import type { Child } from 'hono/jsx';
import { z } from 'zod';
import type { Actor } from '../../kernel/actor.js';
import { serveDownloads } from '../../kernel/downloads.js';
import { submitForm } from '../../kernel/form-post.js';
import { readForm, safeNext } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { formatDate, type Translate } from '../../kernel/i18n/index.js';
import { type PageReader, renderFormPage, renderPage } from '../../kernel/page.js';
import { errorPage } from '../../kernel/views/error-page.js';
import { type Column, exportColumns } from '../../kernel/views/table.js';
import { correctObligationEvent } from './correct-obligation-event.js';
import { correctStateDates } from './correct-state-dates.js';
import { ccmStatuses } from './inputs.js';
import {
  canCorrectObligationEvent,
  canEditStateRegistry,
  canRecordObligationEvent,
  canSetWorkingLanguage,
} from './policy.js';
import {
  type DeadlineRow,
  findStateView,
  listDeadlines,
  listRegions,
  listStates,
  type StateFilters,
  type StateView,
} from './queries.js';
import { recordObligationEvent } from './record-obligation-event.js';
import { fullDateSchema, nextAnnualReportDue, type ObligationEventKind } from './rules.js';
import { setWorkingLanguage } from './set-working-language.js';
import { CorrectionFormPage, correctionValuesOf } from './views/correction-form.js';
import { DeadlinesPage, deadlineTable } from './views/deadlines.js';
import { EditStatePage, editValuesOf } from './views/edit.js';
import { EventFormPage, EventKindChooser, eventFields, eventKinds } from './views/event-form.js';
import { WorkingLanguagePage } from './views/language.js';
import { StatesListPage, stateSorts, stateTable } from './views/list.js';
import { kindsFor, StateProfilePage } from './views/profile.js';

/** Bad filter values are dropped, never an error: a mistyped or stale bookmark still shows the list. */
const ListQuery = z.object({
  status: z.enum(ccmStatuses).optional().catch(undefined),
  region: z.string().trim().max(40).optional().catch(undefined),
  open: z.preprocess((v) => v === '1' || v === 'on' || v === 'true' || v === 'yes', z.boolean()).catch(false),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((s) => s || undefined)
    .optional()
    .catch(undefined),
  sort: z.enum(stateSorts).optional().catch(undefined),
});

// Hono reads `{…}` as the end of a pattern, so no `{3}` quantifiers inside.
const ISO3 = '{[A-Za-z][A-Za-z][A-Za-z]}';
const ARTICLE = '{[0-9]+}';

/** A section another module adds at the end of a State's profile, given the request and the State's code. */
export type ProfileSection = (c: AppContext, iso3: string) => Promise<Child>;

/**
 * What another module adds to the Deadlines page and its downloads, for the day asked: columns
 * after the registry's own, orders the reader may pick (`?sort=key`), and a notice above the table.
 */
export interface DeadlineExtras {
  /** In the downloads, in this order. */
  columns: Column<DeadlineRow>[];
  /** The keys of those the page shows too. */
  page: string[];
  sorts: Array<{ key: string; label: string; compare: (a: DeadlineRow, b: DeadlineRow) => number }>;
  notice?: Child;
}
export type DeadlineExtrasProvider = (c: AppContext, day: string) => Promise<DeadlineExtras>;

export function statesRoutes(
  deps: RouteDeps & { profileSections?: ProfileSection[]; deadlineExtras?: DeadlineExtrasProvider[] },
) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);
  /** `?asOf=YYYY-MM-DD`: the page as it stood that day. A malformed value is ignored, never a failure. */
  const asOfOf = (c: AppContext): string | undefined => {
    const v = c.req.query('asOf');
    return v && fullDateSchema.safeParse(v).success ? v : undefined;
  };
  const dayOf = (c: AppContext) => asOfOf(c) ?? today();
  /** The page, with a line saying which day it is as of when that is not today. */
  const asOfPage = (c: AppContext, body: Child) => {
    const day = asOfOf(c);
    return day ? (
      <>
        <p class="flash" role="status">
          {c.get('t')('states:asOf.notice', { date: formatDate(c.get('locale'), day) })}
        </p>
        {body}
      </>
    ) : (
      body
    );
  };
  /** A page that may be read as of another day (`renderPage`), the notice of that day above it. */
  const renderAsOf = <P extends PageReader>(
    c: AppContext,
    title: string | ((t: Translate) => string),
    Page: (props: P) => Child,
    props: Omit<P, keyof PageReader>,
  ) => renderPage(c, title, (page: P) => asOfPage(c, <Page {...page} />), props);

  const stateNotFound = (c: AppContext, iso3: string) =>
    errorPage(c, 404, c.get('t')('states:profile.notFound', { iso3: iso3.toUpperCase() }));

  /** The State of the path, as of today, for an actor `allowed` to use its form; null when no State has the code. */
  const stateFor = (c: AppContext, allowed: (actor: Actor) => boolean) => {
    requireThat(c, allowed(c.get('actor')));
    return findStateView(db, c.req.param('iso3') ?? '', today(), c.get('locale'));
  };

  const readFilters = async (c: AppContext): Promise<StateFilters> => {
    const q = ListQuery.parse(c.req.query());
    const regions = await listRegions(db);
    return {
      status: q.status,
      region: q.region && regions.includes(q.region) ? q.region : undefined,
      open: q.open || undefined,
      q: q.q,
      sort: q.sort,
      locale: c.get('locale'),
    };
  };
  /** The filters that are set, as a query string to carry over to the download links. */
  const queryOf = (f: StateFilters) => {
    const params = new URLSearchParams();
    if (f.status) params.set('status', f.status);
    if (f.region) params.set('region', f.region);
    if (f.open) params.set('open', '1');
    if (f.q) params.set('q', f.q);
    if (f.sort && f.sort !== 'name') params.set('sort', f.sort);
    const s = params.toString();
    return s ? `?${s}` : '';
  };

  app.get('/states', async (c) => {
    const filters = await readFilters(c);
    const day = dayOf(c);
    const [rows, regions] = await Promise.all([listStates(db, day, filters), listRegions(db)]);
    const asOf = asOfOf(c);
    const query = queryOf(filters);
    return renderAsOf(c, 'states:list.title', StatesListPage, {
      today: day,
      rows,
      filters,
      regions,
      query: asOf ? `${query ? `${query}&` : '?'}asOf=${asOf}` : query,
    });
  });

  serveDownloads(app, '/states', async (c) => ({
    filename: `states-${dayOf(c)}`,
    sheetName: c.get('t')('states:list.title'),
    columns: exportColumns(stateTable(c.get('t'), c.get('locale'), dayOf(c))),
    rows: await listStates(db, dayOf(c), await readFilters(c)),
  }));

  app.get(`/states/:iso3${ISO3}`, async (c) => {
    const iso3 = c.req.param('iso3');
    if (iso3 !== iso3.toUpperCase()) {
      const search = new URL(c.req.url).search;
      return c.redirect(`/states/${iso3.toUpperCase()}${search}`, 301);
    }
    const state = await findStateView(db, iso3, dayOf(c), c.get('locale'));
    if (!state) return stateNotFound(c, iso3);
    // Modules that build on the registry (reports) add their sections here; this one imports none of them.
    const sections = await Promise.all((deps.profileSections ?? []).map((section) => section(c, state.iso3)));
    return renderAsOf(c, () => state.name, StateProfilePage, {
      actor: c.get('actor'),
      state,
      annualReportDue: nextAnnualReportDue(dayOf(c)),
      sections,
    });
  });

  /**
   * The open deadlines with what other modules add, in the order asked (`?sort=` one of theirs;
   * else most urgent first). An unknown order is ignored, never an error.
   */
  const deadlinesWithExtras = async (c: AppContext) => {
    const day = dayOf(c);
    const [rows, ...extras] = await Promise.all([
      listDeadlines(db, day, c.get('locale')),
      ...(deps.deadlineExtras ?? []).map((provide) => provide(c, day)),
    ]);
    const columns = extras.flatMap((e) => e.columns);
    const sorts = extras.flatMap((e) => e.sorts);
    const sort = sorts.find((s) => s.key === c.req.query('sort'));
    // Stable: rows equal in the chosen order stay most urgent first.
    const ordered = sort ? rows.slice().sort(sort.compare) : rows;
    const page = extras.flatMap((e) => e.page);
    return {
      day,
      rows: ordered,
      columns,
      page,
      sorts,
      sort: sort?.key,
      notices: extras.map((e) => e.notice),
    };
  };

  app.get('/deadlines', async (c) => {
    const found = await deadlinesWithExtras(c);
    return renderAsOf(c, 'states:deadlines.title', DeadlinesPage, {
      today: found.day,
      rows: found.rows,
      extraColumns: found.columns,
      extraPage: found.page,
      sorts: found.sorts.map(({ key, label }) => ({ key, label })),
      sort: found.sort,
      asOf: asOfOf(c),
      notices: found.notices,
    });
  });

  serveDownloads(app, '/deadlines', async (c) => {
    const found = await deadlinesWithExtras(c);
    return {
      filename: `deadlines-${found.day}`,
      sheetName: c.get('t')('states:deadlines.title'),
      columns: exportColumns(deadlineTable(c.get('t'), c.get('locale'), found.columns, found.page)),
      rows: found.rows,
    };
  });

  // Correcting a State's status and dates: the ISU only.
  const editPage = (
    c: AppContext,
    state: StateView,
    values: Record<string, string>,
    errors?: Record<string, string[]>,
  ) => {
    return renderFormPage(
      c,
      (t) => t('states:edit.title', { name: state.name }),
      EditStatePage,
      {
        locale: c.get('locale'),
        state,
        values,
      },
      errors,
    );
  };

  app.get(`/states/:iso3${ISO3}/edit`, async (c) => {
    const state = await stateFor(c, canEditStateRegistry);
    if (!state) return stateNotFound(c, c.req.param('iso3'));
    return editPage(c, state, editValuesOf(state));
  });

  app.post(`/states/:iso3${ISO3}/edit`, async (c) => {
    const state = await stateFor(c, canEditStateRegistry);
    if (!state) return stateNotFound(c, c.req.param('iso3'));
    const form = await readForm(c);
    const values = Object.fromEntries(Object.keys(editValuesOf(state)).map((k) => [k, form[k] ?? '']));
    return submitForm(c, {
      save: () => correctStateDates(ctxOf(c), { ...values, iso3: state.iso3 }),
      again: (errors) => editPage(c, state, values, errors),
      flash: 'states:flash.corrected',
      location: () => `/states/${state.iso3}`,
    });
  });

  // A State's working language (reminders are written in it): the ISU only. `next` leads back to
  // the page the form was opened from (the compliance table), else the profile.
  const languagePage = (
    c: AppContext,
    state: StateView,
    value: string,
    next: string,
    errors?: Record<string, string[]>,
  ) => {
    return renderFormPage(
      c,
      (t) => t('states:language.title', { name: state.name }),
      WorkingLanguagePage,
      {
        state,
        value,
        next,
      },
      errors,
    );
  };

  app.get(`/states/:iso3${ISO3}/language`, async (c) => {
    const state = await stateFor(c, canSetWorkingLanguage);
    if (!state) return stateNotFound(c, c.req.param('iso3'));
    const next = safeNext(c.req.query('next'), `/states/${state.iso3}`);
    return languagePage(c, state, state.workingLanguage ?? '', next);
  });

  app.post(`/states/:iso3${ISO3}/language`, async (c) => {
    const state = await stateFor(c, canSetWorkingLanguage);
    if (!state) return stateNotFound(c, c.req.param('iso3'));
    const form = await readForm(c);
    const next = safeNext(form.next, `/states/${state.iso3}`);
    return submitForm(c, {
      save: () => setWorkingLanguage(ctxOf(c), { iso3: state.iso3, language: form.language ?? '' }),
      again: (errors) => languagePage(c, state, form.language ?? '', next, errors),
      flash: 'states:flash.languageSet',
      location: () => next,
      params: { state: state.name },
    });
  });

  // Recording a fact in an obligation's history. Who may record which kind is the policy's call.
  const loadObligation = async (c: AppContext) => {
    const state = await findStateView(db, c.req.param('iso3') ?? '', today(), c.get('locale'));
    const article = Number(c.req.param('article'));
    const obligation = state?.obligations.find((o) => o.article === article);
    return state && obligation ? { state, obligation } : null;
  };
  const obligationNotFound = (c: AppContext) =>
    errorPage(
      c,
      404,
      c.get('t')('states:profile.noSuchObligation', {
        iso3: (c.req.param('iso3') ?? '').toUpperCase(),
        article: c.req.param('article'),
      }),
    );
  /** The kind in the query string, if it is one this obligation can take; `undefined` when absent. */
  const kindOf = (c: AppContext, article: number): ObligationEventKind | null | undefined => {
    const raw = c.req.query('kind');
    if (raw === undefined || raw === '') return undefined;
    const kind = eventKinds.find((k) => k === raw);
    if (!kind) return null;
    const fits = kind === 'initial_report_submitted' ? article === 7 : article === 3 || article === 4;
    return fits ? kind : null;
  };

  const eventPage = (
    c: AppContext,
    found: NonNullable<Awaited<ReturnType<typeof loadObligation>>>,
    kind: ObligationEventKind,
    values: Record<string, string>,
    errors?: Record<string, string[]>,
  ) => {
    return renderFormPage(
      c,
      (t) => t(`states:eventForm.title.${kind}`),
      EventFormPage,
      {
        locale: c.get('locale'),
        state: found.state,
        obligation: found.obligation,
        kind,
        values,
      },
      errors,
    );
  };

  const eventPath = `/states/:iso3${ISO3}/obligations/:article${ARTICLE}/events/new`;

  /** The obligation a fact is to be recorded on, for a signed-in person, and the kind of fact asked for. */
  const eventTarget = async (c: AppContext) => {
    requireThat(c, c.get('actor').kind !== 'anonymous');
    const found = await loadObligation(c);
    return found ? { found, kind: kindOf(c, found.obligation.article) } : null;
  };

  app.get(eventPath, async (c) => {
    const actor = c.get('actor');
    const target = await eventTarget(c);
    if (!target) return obligationNotFound(c);
    const { found, kind } = target;
    const { state, obligation } = found;
    if (kind === null) return errorPage(c, 404, c.get('t')('errors:pageNotFound'));
    if (kind === undefined) {
      const kinds = kindsFor(obligation).filter((k) => canRecordObligationEvent(actor, state.iso3, k));
      requireThat(c, kinds.length > 0);
      return renderPage(c, 'states:eventForm.chooseTitle', EventKindChooser, {
        state,
        obligation,
        kinds,
      });
    }
    requireThat(c, canRecordObligationEvent(actor, state.iso3, kind));
    return eventPage(c, found, kind, { confirmed: 'yes' });
  });

  app.post(eventPath, async (c) => {
    const target = await eventTarget(c);
    if (!target) return obligationNotFound(c);
    const { found, kind } = target;
    const { state, obligation } = found;
    if (!kind) return errorPage(c, 404, c.get('t')('errors:pageNotFound'));
    requireThat(c, canRecordObligationEvent(c.get('actor'), state.iso3, kind));
    const form = await readForm(c);
    // Only this kind's fields are taken from the form: the rest (the State, the article, a seed's
    // reference key) come from the address or not at all.
    const values = Object.fromEntries(eventFields[kind].map((f) => [f, form[f] ?? '']));
    return submitForm(c, {
      save: () =>
        recordObligationEvent(ctxOf(c), {
          ...values,
          confirmed: values.confirmed === 'no' ? 'no' : 'yes',
          kind,
          iso3: state.iso3,
          article: obligation.article,
        }),
      again: (errors) => eventPage(c, found, kind, values, errors),
      flash: `states:flash.recorded.${kind}`,
      location: () => `/states/${state.iso3}#article-${obligation.article}`,
    });
  });

  // Correcting or withdrawing a recorded fact: the ISU's alone (policy.ts), checked before the
  // form is read and again by the verb.
  const correctPath = `/states/:iso3${ISO3}/obligations/:article${ARTICLE}/events/:id{[0-9]+}/correct`;
  const loadEvent = async (c: AppContext) => {
    const found = await loadObligation(c);
    if (!found) return null;
    const id = Number(c.req.param('id'));
    const event =
      found.obligation.events.find((e) => e.id === id) ??
      found.obligation.withdrawn.find((w) => w.recorded.id === id)?.recorded;
    return event ? { ...found, event } : null;
  };
  const correctionPage = (
    c: AppContext,
    found: NonNullable<Awaited<ReturnType<typeof loadEvent>>>,
    values: Record<string, string>,
    errors?: Record<string, string[]>,
  ) => {
    return renderFormPage(
      c,
      'states:correction.title',
      CorrectionFormPage,
      {
        locale: c.get('locale'),
        state: found.state,
        obligation: found.obligation,
        event: found.event,
        values,
      },
      errors,
    );
  };
  const eventNotFound = (c: AppContext) => errorPage(c, 404, c.get('t')('states:errors.noSuchEvent'));

  app.get(correctPath, async (c) => {
    requireThat(c, canCorrectObligationEvent(c.get('actor')));
    const found = await loadEvent(c);
    if (!found) return eventNotFound(c);
    return correctionPage(c, found, correctionValuesOf(found.event));
  });

  app.post(correctPath, async (c) => {
    requireThat(c, canCorrectObligationEvent(c.get('actor')));
    const found = await loadEvent(c);
    if (!found) return eventNotFound(c);
    const form = await readForm(c);
    const values = Object.fromEntries(
      Object.keys(correctionValuesOf(found.event)).map((k) => [k, form[k] ?? '']),
    );
    const action = values.action === 'withdrawn' ? 'withdrawn' : 'corrected';
    return submitForm(c, {
      save: () =>
        correctObligationEvent(ctxOf(c), {
          ...values,
          action,
          confirmed: values.confirmed === 'no' ? 'no' : 'yes',
          iso3: found.state.iso3,
          eventId: found.event.id,
        }),
      again: (errors) => correctionPage(c, found, { ...values, action }, errors),
      flash: `states:flash.correction.${action}`,
      location: () => `/states/${found.state.iso3}#article-${found.obligation.article}`,
    });
  });

  return app;
}
