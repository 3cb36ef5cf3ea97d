import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { isoDay } from '../../kernel/clock.js';
import { serveDownloads } from '../../kernel/downloads.js';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { redirectWithSuccess } from '../../kernel/form-post.js';
import { blankToNull as orNull, pickFields } from '../../kernel/form-text.js';
import { readForm, safeNext } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { iso3Filter, ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { exportColumns } from '../../kernel/views/table.js';
import { listUsers } from '../accounts/index.js';
import { officeAreas, setActionItemStatus } from '../calendar/index.js';
import { listCoalitions } from '../coalitions/index.js';
import { listStateNames } from '../states/index.js';
import { canReadFollowUps, canRecordContacts } from './policy.js';
import {
  type CoalitionOf,
  type ContactView,
  contactItems,
  findFollowUpItem,
  getContact,
  listContacts,
  listFollowUps,
  listWorklist,
  worklistSorts,
} from './queries.js';
import { recordContact } from './record-contact.js';
import { updateContact } from './update-contact.js';
import {
  ContactFormPage,
  ContactPage,
  ContactsPage,
  FollowUpsPage,
  StatusFormPage,
  WorklistPage,
} from './views/pages.js';
import { contactsTable, followUpsTable, worklistTable } from './views/parts.js';

/** Bad filters are dropped, never an error. */
const ListQuery = z.object({ area: z.enum(officeAreas).optional().catch(undefined) });
const WorklistQuery = z.object({ sort: z.enum(worklistSorts).catch('deadline') });

export const contactFields = [
  'stateIso3',
  'contactedOn',
  'area',
  'stateSide',
  'otherParticipants',
  'outcome',
  'nextStep',
  'createItem',
  'itemOwnerKind',
  'itemOwner',
  'itemOwnerUserId',
  'itemDueOn',
] as const;

const pick = (form: Record<string, string>) => pickFields(form, contactFields);

/** The verb's input from the form's text: empty is "not given", the box is ticked or not. */
export const contactInputFromForm = (v: Record<string, string>) => ({
  stateIso3: v.stateIso3 ?? '',
  contactedOn: v.contactedOn ?? '',
  area: v.area ?? '',
  stateSide: v.stateSide ?? '',
  otherParticipants: orNull(v.otherParticipants),
  outcome: v.outcome ?? '',
  nextStep: orNull(v.nextStep),
  createItem: v.createItem === 'yes',
  itemOwnerKind: orNull(v.itemOwnerKind),
  itemOwner: orNull(v.itemOwner),
  itemOwnerUserId: orNull(v.itemOwnerUserId),
  itemDueOn: orNull(v.itemDueOn),
});

const contactFormValues = (c: ContactView): Record<string, string> => ({
  ...pick({}),
  stateIso3: c.state.iso3,
  contactedOn: c.contactedOn,
  area: c.area,
  stateSide: c.stateSide,
  otherParticipants: c.otherParticipants ?? '',
  outcome: c.outcome,
  nextStep: c.nextStep ?? '',
});

/** Runs a verb from a form; a refusal of the input comes back as field errors, anything else is thrown. */
async function attempt<R>(run: () => Promise<R>): Promise<{ ok: R } | { errors: FieldErrors }> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (err instanceof ValidationError) return { errors: err.fieldErrors };
    throw err;
  }
}

/**
 * The follow-ups pages: a person's or an area's action items, the status form, the contacts with
 * States and the worklist. The ISU and the Coordinators only; anyone else is refused (anonymous
 * people are sent to sign in). `coalitionOf` is the Country Coalitions' reader, once there is one.
 */
/**
 * Each State's Country Coalition as the reader may see it: the one not closed, else none (a State
 * has at most one coalition in the seeds; with several, the first by the coalitions' own order).
 */
async function coalitionsOf(db: Db, actor: Actor, today: string, iso3s: readonly string[]) {
  const wanted = new Set(iso3s);
  const found = new Map<string, { name: string; href: string }>();
  for (const c of await listCoalitions(db, actor, today))
    if (wanted.has(c.state.iso3) && c.status !== 'closed' && !found.has(c.state.iso3))
      found.set(c.state.iso3, { name: c.name, href: `/coalitions/${c.id}` });
  return found;
}

export function followupsRoutes(deps: RouteDeps & { coalitionOf?: CoalitionOf }) {
  const { app, db, ctxOf } = moduleRoutes(deps);
  const today = () => isoDay(deps.now());
  const readers = (c: AppContext) => requireThat(c, canReadFollowUps(c.get('actor')));
  const writers = (c: AppContext) => requireThat(c, canRecordContacts(c.get('actor')));
  const people = async () =>
    (await listUsers(db))
      .filter((u) => (u.role === 'isu' || u.role === 'coordinator') && !u.disabledAt)
      .map((u) => ({ id: u.id, name: u.name }));
  const here = (c: AppContext) => c.req.path + (new URL(c.req.url).search || '');

  const followUps = (c: AppContext, actor: Actor) => {
    const { area } = ListQuery.parse(c.req.query());
    return { area, items: listFollowUps(db, actor, today(), area ? { area } : { mine: true }) };
  };

  app.get('/follow-ups', async (c) => {
    readers(c);
    const { area, items } = followUps(c, c.get('actor'));
    return renderPage(c, 'followups:list.titleMine', FollowUpsPage, {
      items: await items,
      area,
      canUpdate: canRecordContacts(c.get('actor')),
      back: here(c),
    });
  });

  serveDownloads(app, '/follow-ups', async (c) => {
    readers(c);
    const { area, items } = followUps(c, c.get('actor'));
    return {
      filename: area ? `follow-ups-${area}` : 'my-follow-ups',
      sheetName: c.get('t')('followups:nav.followUps'),
      columns: exportColumns(followUpsTable(c.get('t'), c.get('locale'), '/follow-ups', false)),
      rows: await items,
    };
  });

  // Moving an item's status: the Coordinators and the ISU, through the calendar's verb.
  const statusForm = async (c: AppContext, values: Record<string, string>, errors?: FieldErrors) => {
    const item = await findFollowUpItem(db, c.get('actor'), rowIdParam(c), today());
    if (!item) return c.notFound();
    const back = safeNext(values.back ?? c.req.query('back'), '/follow-ups');
    return renderFormPage(
      c,
      'followups:status.title',
      StatusFormPage,
      {
        locale: c.get('locale'),
        item,
        values: { status: values.status ?? item.status, note: values.note ?? item.note ?? '' },
        back,
      },
      errors,
    );
  };
  app.get(`/follow-ups/items/:id${ROW_ID_PATTERN}/status`, (c) => {
    writers(c);
    return statusForm(c, {});
  });
  app.post(`/follow-ups/items/:id${ROW_ID_PATTERN}/status`, async (c) => {
    writers(c);
    const form = await readForm(c);
    const values = { status: form.status ?? '', note: form.note ?? '', back: form.back ?? '' };
    if (!(await findFollowUpItem(db, c.get('actor'), rowIdParam(c), today()))) return c.notFound();
    const done = await attempt(() =>
      setActionItemStatus(ctxOf(c), { id: rowIdParam(c), status: values.status, note: orNull(values.note) }),
    );
    if ('errors' in done) return statusForm(c, values, done.errors);
    return redirectWithSuccess(c, 'followups:status.saved', safeNext(values.back, '/follow-ups'));
  });

  // Contacts with States.
  app.get('/follow-ups/contacts', async (c) => {
    readers(c);
    const iso3 = iso3Filter.parse(c.req.query('state'));
    const contacts = await listContacts(db, c.get('actor'), { stateIso3: iso3 });
    const state = iso3
      ? ((await listStateNames(db, c.get('locale'))).find((s) => s.iso3 === iso3) ?? null)
      : null;
    return renderPage(c, 'followups:contacts.title', ContactsPage, {
      contacts,
      state,
    });
  });

  serveDownloads(app, '/follow-ups/contacts', async (c) => {
    readers(c);
    const iso3 = iso3Filter.parse(c.req.query('state'));
    return {
      filename: iso3 ? `contacts-${iso3}` : 'contacts',
      sheetName: c.get('t')('followups:contacts.title'),
      columns: exportColumns(contactsTable(c.get('t'), c.get('locale'))),
      rows: await listContacts(db, c.get('actor'), { stateIso3: iso3 }),
    };
  });

  const contactForm = async (
    c: AppContext,
    values: Record<string, string>,
    id?: number,
    errors?: FieldErrors,
  ) => {
    const list = await people();
    return renderFormPage(
      c,
      (t) => (id ? t('followups:contacts.editTitle') : t('followups:contacts.newTitle')),
      ContactFormPage,
      {
        id,
        values,
        people: list,
      },
      errors,
    );
  };

  app.get('/follow-ups/contacts/new', (c) => {
    writers(c);
    const actor = c.get('actor');
    return contactForm(c, {
      ...pick({}),
      stateIso3: iso3Filter.parse(c.req.query('state')) ?? '',
      contactedOn: today(),
      itemOwnerUserId: actor.id ?? '',
      itemOwnerKind: actor.role === 'isu' ? 'isu' : 'coordinator',
    });
  });
  app.post('/follow-ups/contacts/new', async (c) => {
    writers(c);
    const values = pick(await readForm(c));
    const done = await attempt(() => recordContact(ctxOf(c), contactInputFromForm(values)));
    if ('errors' in done) return contactForm(c, values, undefined, done.errors);
    return redirectWithSuccess(
      c,
      done.ok.actionItemId ? 'followups:contacts.savedWithItem' : 'followups:contacts.saved',
      `/follow-ups/contacts/${done.ok.id}`,
    );
  });

  app.get(`/follow-ups/contacts/:id${ROW_ID_PATTERN}`, async (c) => {
    readers(c);
    const contact = await getContact(db, c.get('actor'), rowIdParam(c));
    const items = await contactItems(db, contact, today());
    return renderPage(c, 'followups:contacts.title', ContactPage, {
      contact,
      items,
      back: here(c),
    });
  });
  app.get(`/follow-ups/contacts/:id${ROW_ID_PATTERN}/edit`, async (c) => {
    writers(c);
    const contact = await getContact(db, c.get('actor'), rowIdParam(c));
    return contactForm(c, contactFormValues(contact), contact.id);
  });
  app.post(`/follow-ups/contacts/:id${ROW_ID_PATTERN}/edit`, async (c) => {
    writers(c);
    const contact = await getContact(db, c.get('actor'), rowIdParam(c));
    const values = pick(await readForm(c));
    const done = await attempt(() =>
      updateContact(ctxOf(c), { ...contactInputFromForm(values), id: contact.id }),
    );
    if ('errors' in done) return contactForm(c, values, contact.id, done.errors);
    return redirectWithSuccess(
      c,
      done.ok.actionItemId ? 'followups:contacts.savedWithItem' : 'followups:contacts.saved',
      `/follow-ups/contacts/${contact.id}`,
    );
  });

  // The worklist of seed 000 (3d, 3e).
  const worklist = (c: AppContext) => {
    const { sort } = WorklistQuery.parse({ sort: c.req.query('sort') });
    const actor = c.get('actor');
    const coalitionOf: CoalitionOf = deps.coalitionOf ?? ((iso3s) => coalitionsOf(db, actor, today(), iso3s));
    return { sort, rows: listWorklist(db, actor, today(), sort, coalitionOf, c.get('locale')) };
  };
  app.get('/follow-ups/worklist', async (c) => {
    readers(c);
    const { sort, rows } = worklist(c);
    return renderPage(c, 'followups:worklist.title', WorklistPage, {
      rows: await rows,
      sort,
      day: today(),
    });
  });
  serveDownloads(app, '/follow-ups/worklist', async (c) => {
    readers(c);
    const { sort, rows } = worklist(c);
    return {
      filename: `worklist-${sort}`,
      sheetName: c.get('t')('followups:subnav.worklist'),
      columns: exportColumns(worklistTable(c.get('t'), c.get('locale'))),
      rows: await rows,
    };
  });

  return app;
}
