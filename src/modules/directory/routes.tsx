import { z } from 'zod';
import { serveDownloads } from '../../kernel/downloads.js';
import type { FieldErrors } from '../../kernel/errors.js';
import { redirectWithSuccess, submitForm } from '../../kernel/form-post.js';
import { readBody } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { iso3Filter, ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { exportColumns } from '../../kernel/views/table.js';
import { listStateNames } from '../states/index.js';
import { addEntry } from './add-entry.js';
import { confirmEntry } from './confirm-entry.js';
import { DirectoryStateNotFoundError } from './inputs.js';
import { canWriteDirectoryOf, mayWriteDirectory } from './policy.js';
import { type DirectoryFilter, type EntryView, getEntry, listEntries } from './queries.js';
import { removeEntry } from './remove-entry.js';
import { updateEntry } from './update-entry.js';
import {
  blankEntryForm,
  DirectoryListPage,
  EntryFormPage,
  type EntryFormValues,
  entryFormValuesOf,
  StateDirectoryPage,
} from './views/pages.js';
import { entryTable } from './views/table.js';
import { readerReach } from './visibility.js';
import { directoryAreas } from './vocabulary.js';

const FilterQuery = z.object({ state: iso3Filter, area: z.enum(directoryAreas).optional().catch(undefined) });
export const parseDirectoryFilter = (q: Record<string, string>): DirectoryFilter => FilterQuery.parse(q);

/** A posted entry form: a list for the languages, strings for the rest, only known fields. */
async function readEntryForm(c: AppContext): Promise<EntryFormValues & { version: string }> {
  const body = await readBody(c, { all: true });
  const list = (v: unknown): string[] =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const str = (k: string) => list(body[k]).at(-1) ?? '';
  return {
    area: str('area'),
    name: str('name'),
    functionTitle: str('functionTitle'),
    organisation: str('organisation'),
    email: str('email'),
    phone: str('phone'),
    languages: list(body.languages),
    official: str('official') !== '',
    published: str('published') !== '',
    version: str('version'),
  };
}

export function directoryRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);
  const ID = ROW_ID_PATTERN;

  const stateNameOf = async (c: AppContext, iso3: string) => {
    const found = (await listStateNames(db, c.get('locale'))).find((s) => s.iso3 === iso3);
    if (!found) throw new DirectoryStateNotFoundError(iso3);
    return found.name;
  };

  app.get('/directory', async (c) => {
    const actor = c.get('actor');
    const filter = parseDirectoryFilter(c.req.query());
    const [rows, stateNames] = await Promise.all([
      listEntries(db, actor, today(), filter, c.get('locale')),
      listStateNames(db, c.get('locale')),
    ]);
    return renderPage(c, 'directory:list.title', DirectoryListPage, {
      rows,
      filter,
      stateNames,
      reach: readerReach(actor),
      canWrite: (e) => canWriteDirectoryOf(actor, e.stateIso3),
      ownState: actor.stateIso3 && canWriteDirectoryOf(actor, actor.stateIso3) ? actor.stateIso3 : null,
    });
  });

  serveDownloads(app, '/directory', async (c) => ({
    filename: 'focal-points',
    sheetName: c.get('t')('directory:list.title'),
    columns: exportColumns(entryTable(c.get('t'), c.get('locale'), () => false)),
    rows: await listEntries(
      db,
      c.get('actor'),
      today(),
      parseDirectoryFilter(c.req.query()),
      c.get('locale'),
    ),
  }));

  app.get('/directory/:iso3{[A-Za-z]{3}}', async (c) => {
    const actor = c.get('actor');
    const iso3 = c.req.param('iso3').toUpperCase();
    const stateName = await stateNameOf(c, iso3);
    const rows = await listEntries(db, actor, today(), { state: iso3 }, c.get('locale'));
    return renderPage(c, (t) => t('directory:state.title', { state: stateName }), StateDirectoryPage, {
      iso3,
      stateName,
      rows,
      reach: readerReach(actor),
      canWrite: canWriteDirectoryOf(actor, iso3),
    });
  });

  const formPage = async (
    c: AppContext,
    iso3: string,
    entry: EntryView | null,
    values: EntryFormValues,
    errors?: FieldErrors,
    version?: number,
  ) => {
    const stateName = await stateNameOf(c, iso3);
    return renderFormPage(
      c,
      (t) =>
        entry
          ? t('directory:form.editTitle', { state: stateName })
          : t('directory:form.newTitle', { state: stateName }),
      EntryFormPage,
      {
        iso3,
        stateName,
        entry,
        values,
        version,
      },
      errors,
    );
  };

  const writableState = (c: AppContext) => {
    const iso3 = c.req.param('iso3')?.toUpperCase() ?? '';
    requireThat(c, mayWriteDirectory(c.get('actor')));
    requireThat(c, canWriteDirectoryOf(c.get('actor'), iso3));
    return iso3;
  };

  app.get('/directory/:iso3{[A-Za-z]{3}}/new', async (c) => {
    const iso3 = writableState(c);
    const area = directoryAreas.find((a) => a === c.req.query('area'));
    return formPage(c, iso3, null, blankEntryForm(area));
  });

  app.post('/directory/:iso3{[A-Za-z]{3}}/new', async (c) => {
    const iso3 = writableState(c);
    const { version: _v, ...values } = await readEntryForm(c);
    return submitForm(c, {
      save: () => addEntry(ctxOf(c), { stateIso3: iso3, ...values }),
      again: (errors) => formPage(c, iso3, null, values, errors),
      flash: 'directory:flash.added',
      location: () => `/directory/${iso3}`,
    });
  });

  /** The entry, if this actor may change it: others are refused before they learn anything more. */
  const writableEntry = async (c: AppContext) => {
    requireThat(c, mayWriteDirectory(c.get('actor')));
    const entry = await getEntry(db, c.get('actor'), rowIdParam(c), today());
    requireThat(c, canWriteDirectoryOf(c.get('actor'), entry.stateIso3));
    return entry;
  };

  app.get(`/directory/entries/:id${ID}/edit`, async (c) => {
    const entry = await writableEntry(c);
    return formPage(c, entry.stateIso3, entry, entryFormValuesOf(entry), undefined, entry.version);
  });

  app.post(`/directory/entries/:id${ID}/edit`, async (c) => {
    const entry = await writableEntry(c);
    const { version, ...values } = await readEntryForm(c);
    const kept = Number.parseInt(version, 10);
    const again = (errors: FieldErrors) =>
      formPage(c, entry.stateIso3, entry, values, errors, Number.isNaN(kept) ? undefined : kept);
    return submitForm(c, {
      save: () => updateEntry(ctxOf(c), { id: entry.id, version, ...values }),
      again,
      stale: () => again({ _: ['errors:staleRecord'] }),
      flash: 'directory:flash.updated',
      location: () => `/directory/${entry.stateIso3}`,
    });
  });

  app.post(`/directory/entries/:id${ID}/confirm`, async (c) => {
    const entry = await writableEntry(c);
    await confirmEntry(ctxOf(c), { id: entry.id });
    return redirectWithSuccess(c, 'directory:flash.confirmed', `/directory/${entry.stateIso3}`);
  });

  app.post(`/directory/entries/:id${ID}/remove`, async (c) => {
    const entry = await writableEntry(c);
    await removeEntry(ctxOf(c), { id: entry.id });
    return redirectWithSuccess(c, 'directory:flash.removed', `/directory/${entry.stateIso3}`);
  });

  return app;
}
