import { z } from 'zod';
import { serveDownloads } from '../../kernel/downloads.js';
import type { FieldErrors } from '../../kernel/errors.js';
import { redirectWithSuccess, submitForm } from '../../kernel/form-post.js';
import { readForm } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { iso3Filter, ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { errorPage } from '../../kernel/views/error-page.js';
import { exportColumns } from '../../kernel/views/table.js';
import { listStateNames } from '../states/index.js';
import { createPractice } from './create-practice.js';
import { canMaintainPractices, createsForAnyone, mayCreatePractice } from './policy.js';
import { getPractice, listPractices, type PracticeFilter, type PracticeView, textFor } from './queries.js';
import { updatePractice } from './update-practice.js';
import { PracticePage } from './views/detail.js';
import {
  blankPracticeForm,
  formValuesOf,
  PracticeFormPage,
  type PracticeFormValues,
  textFields,
} from './views/form.js';
import { PracticesListPage } from './views/list.js';
import { practiceTable } from './views/table.js';
import { LAP_ACTIONS, practiceAreas, practiceLanguages } from './vocabulary.js';
import { withdrawPractice } from './withdraw-practice.js';

/** The list's filters from the query string: a bad value is dropped, never an error. */
const FilterQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  area: z.enum(practiceAreas).optional().catch(undefined),
  state: iso3Filter,
  action: z.coerce.number().int().min(1).max(LAP_ACTIONS).optional().catch(undefined),
});
export const parsePracticeFilter = (query: Record<string, string>): PracticeFilter => {
  const f = FilterQuery.parse(query);
  return { q: f.q || undefined, area: f.area, state: f.state, action: f.action };
};

/** The fields every form posts (the per-language ones are added below). */
const plainFields = [
  'area',
  'language',
  'states',
  'partners',
  'sourceKind',
  'sourceReference',
  'sourceTitle',
  'lapAction',
  'practiceOn',
  'status',
] as const;

/** What the verbs take from a form: a language's texts only when one of its fields is filled. */
export function practiceInputOf(v: PracticeFormValues) {
  const texts: Record<string, Record<string, string>> = {};
  for (const l of practiceLanguages) {
    const set = Object.fromEntries(textFields.map((f) => [f, v[`texts.${l}.${f}`] ?? '']));
    if (Object.values(set).some((s) => s.trim() !== '')) texts[l] = set;
  }
  const { status: _status, ...rest } = Object.fromEntries(plainFields.map((f) => [f, v[f] ?? '']));
  return { ...rest, texts };
}

export function practicesRoutes(deps: RouteDeps) {
  const { app, db, ctxOf } = moduleRoutes(deps);
  const ID = ROW_ID_PATTERN;

  app.get('/good-practices', async (c) => {
    const filter = parsePracticeFilter(c.req.query());
    const [rows, stateNames] = await Promise.all([
      listPractices(db, c.get('actor'), filter),
      listStateNames(db, c.get('locale')),
    ]);
    return renderPage(c, 'practices:list.title', PracticesListPage, {
      rows,
      filter,
      stateNames,
      canCreate: mayCreatePractice(c.get('actor')),
    });
  });

  serveDownloads(app, '/good-practices', async (c) => ({
    filename: 'good-practices',
    sheetName: c.get('t')('practices:list.title'),
    columns: exportColumns(practiceTable(c.get('t'), c.get('locale'), deps.config.baseUrl)),
    rows: await listPractices(db, c.get('actor'), parsePracticeFilter(c.req.query())),
  }));

  const formPage = (
    c: AppContext,
    practice: PracticeView | null,
    values: PracticeFormValues,
    errors?: FieldErrors,
    version?: number,
  ) => {
    const actor = c.get('actor');
    return renderFormPage(
      c,
      (t) => (practice ? t('practices:form.editTitle') : t('practices:form.newTitle')),
      PracticeFormPage,
      {
        practice,
        values,
        version,
        ownState: createsForAnyone(actor) ? null : actor.stateIso3,
        canPublish: canMaintainPractices(actor),
      },
      errors,
    );
  };

  app.get('/good-practices/new', (c) => {
    const actor = c.get('actor');
    requireThat(c, mayCreatePractice(actor));
    return formPage(c, null, blankPracticeForm(createsForAnyone(actor) ? null : actor.stateIso3));
  });

  app.post('/good-practices/new', async (c) => {
    requireThat(c, mayCreatePractice(c.get('actor')));
    const values = await readForm(c);
    return submitForm(c, {
      save: () => createPractice(ctxOf(c), practiceInputOf(values)),
      again: (errors) => formPage(c, null, values, errors),
      flash: (saved) =>
        saved.status === 'proposed' ? 'practices:flash.proposed' : 'practices:flash.created',
      location: (saved) => `/good-practices/${saved.id}`,
    });
  });

  app.get(`/good-practices/:id${ID}`, async (c) => {
    const practice = await getPractice(db, c.get('actor'), rowIdParam(c));
    const locale = c.get('locale');
    const title = textFor(practice, locale).title;
    return renderPage(c, () => title, PracticePage, {
      practice,
      canMaintain: canMaintainPractices(c.get('actor')),
    });
  });

  /** The practice, if this actor may maintain it: others are refused before they learn anything more. */
  const maintainable = async (c: AppContext) => {
    requireThat(c, canMaintainPractices(c.get('actor')));
    return getPractice(db, c.get('actor'), rowIdParam(c));
  };
  const withdrawnPage = (c: AppContext) => errorPage(c, 409, c.get('t')('practices:errors.withdrawn'));

  app.get(`/good-practices/:id${ID}/edit`, async (c) => {
    const practice = await maintainable(c);
    if (practice.status === 'withdrawn') return withdrawnPage(c);
    return formPage(c, practice, formValuesOf(practice), undefined, practice.version);
  });

  app.post(`/good-practices/:id${ID}/edit`, async (c) => {
    const practice = await maintainable(c);
    if (practice.status === 'withdrawn') return withdrawnPage(c);
    const values = await readForm(c);
    const version = Number.parseInt(values.version ?? '', 10);
    const again = (errors: FieldErrors) =>
      formPage(c, practice, values, errors, Number.isNaN(version) ? undefined : version);
    return submitForm(c, {
      save: () =>
        updatePractice(ctxOf(c), {
          id: practice.id,
          version: values.version ?? '',
          status: values.status ?? 'published',
          ...practiceInputOf(values),
        }),
      again,
      stale: () => again({ _: ['errors:staleRecord'] }),
      flash: 'practices:flash.updated',
      location: () => `/good-practices/${practice.id}`,
    });
  });

  app.post(`/good-practices/:id${ID}/withdraw`, async (c) => {
    const practice = await maintainable(c);
    await withdrawPractice(ctxOf(c), { id: practice.id });
    return redirectWithSuccess(c, 'practices:flash.withdrawn', `/good-practices/${practice.id}`);
  });

  return app;
}
