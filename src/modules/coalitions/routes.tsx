import { serveDownloads } from '../../kernel/downloads.js';
import type { FieldErrors } from '../../kernel/errors.js';
import { attemptFromForm } from '../../kernel/form-errors.js';
import { redirectWithSuccess } from '../../kernel/form-post.js';
import { serveForm } from '../../kernel/form-routes.js';
import { readForm } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { byStateName, stateName } from '../../kernel/i18n/state-names.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { exportColumns } from '../../kernel/views/table.js';
import { listMeetings } from '../calendar/index.js';
import { listNeeds } from '../cooperation/index.js';
import { listStateNames } from '../states/index.js';
import { confirmCoalition } from './confirm-coalition.js';
import { createCoalition } from './create-coalition.js';
import {
  coalitionFields,
  coalitionFormValues,
  coalitionInputFromForm,
  errorsByField,
  pick,
} from './form-input.js';
import { linkCoalitionMeeting, unlinkCoalitionMeeting } from './meeting-links.js';
import { linkCoalitionNeed, unlinkCoalitionNeed } from './need-links.js';
import { canWriteCoalitionOf, mayWriteSomeCoalition, seesAllCoalitions } from './policy.js';
import { type CoalitionView, getCoalitionForActor, linkedNeedIds, listCoalitions } from './queries.js';
import { updateCoalition } from './update-coalition.js';
import { CoalitionPage, type LinkChoices } from './views/coalition.js';
import { CoalitionFormPage } from './views/form.js';
import { CoalitionsListPage } from './views/list.js';
import { coalitionTable } from './views/parts.js';

const ID = `:id${ROW_ID_PATTERN}`;

export function coalitionsRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  /** The coalitions in the reader's order of their States' names (a stable sort: ties keep theirs). */
  const listed = async (c: AppContext) => {
    const locale = c.get('locale');
    return (await listCoalitions(db, c.get('actor'), today())).sort(
      byStateName(locale, (r) => stateName(locale, r.state.iso3, r.state.name)),
    );
  };

  app.get('/coalitions', async (c) => {
    const actor = c.get('actor');
    const rows = await listed(c);
    return renderPage(c, 'coalitions:list.title', CoalitionsListPage, {
      rows,
      canCreate: mayWriteSomeCoalition(actor),
      seesUnpublished: seesAllCoalitions(actor),
    });
  });

  serveDownloads(app, '/coalitions', async (c) => ({
    filename: 'coalitions',
    sheetName: c.get('t')('coalitions:list.title'),
    columns: exportColumns(coalitionTable(c.get('t'), c.get('locale'))),
    rows: await listed(c),
  }));

  /** The States a person may choose on the form: all, or its own State for a focal point. */
  const statesFor = async (c: AppContext) =>
    (await listStateNames(db, c.get('locale'))).filter((s) => canWriteCoalitionOf(c.get('actor'), s.iso3));

  const form = async (c: AppContext, values: Record<string, string>, id?: number, errors?: FieldErrors) => {
    const states = await statesFor(c);
    return renderFormPage(
      c,
      (t) => (id ? t('coalitions:form.editTitle', { name: values.name }) : t('coalitions:form.newTitle')),
      CoalitionFormPage,
      {
        id,
        values,
        states,
      },
      errors,
    );
  };

  /** Runs a verb from a form; a refusal of the input comes back as field errors, anything else is thrown. */
  const attempt = (run: () => Promise<unknown>) => attemptFromForm(run, errorsByField);

  const readCoalition = async (c: AppContext) => pick(await readForm(c), coalitionFields);

  serveForm(app, '/coalitions/new', {
    open: (c) => requireThat(c, mayWriteSomeCoalition(c.get('actor'))),
    page: (c, _, values, errors) => form(c, values, undefined, errors),
    initial: (c) => {
      const own = c.get('actor').stateIso3;
      const values: Record<string, string> = { ...pick({}, coalitionFields), status: 'proposed' };
      if (c.get('actor').role === 'focal_point' && own) values.stateIso3 = own;
      return values;
    },
    read: readCoalition,
    attempt,
    save: (c, _, values) => createCoalition(ctxOf(c), coalitionInputFromForm(values)),
    flash: 'coalitions:flash.created',
    location: (_, saved) => `/coalitions/${saved.id}`,
  });

  /** The link forms' choices: every meeting, and the State's needs not linked yet. */
  const choicesFor = async (c: AppContext, coalition: CoalitionView): Promise<LinkChoices> => {
    const [meetings, needs, linked] = await Promise.all([
      listMeetings(db),
      listNeeds(db, { actor: c.get('actor'), today: today(), stateIso3: coalition.state.iso3 }),
      linkedNeedIds(db, coalition.id),
    ]);
    const t = c.get('t');
    return {
      meetings: meetings
        .filter((m) => !coalition.meetings.some((l) => l.code === m.code))
        .map((m) => ({ code: m.code, title: m.title })),
      needs: needs
        .filter((n) => !linked.includes(n.id))
        .map((n) => ({ id: n.id, label: `${n.description} (${t(`coalitions:area.${n.area}`)})` })),
    };
  };

  const page = async (c: AppContext, linkValues?: Record<string, string>, linkErrors?: FieldErrors) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const coalition = await getCoalitionForActor(db, actor, rowIdParam(c), today(), c.get('locale'));
    const canWrite = canWriteCoalitionOf(actor, coalition.state.iso3);
    const choices = canWrite ? await choicesFor(c, coalition) : undefined;
    return renderPage(
      c,
      () => coalition.name,
      CoalitionPage,
      {
        coalition,
        canWrite,
        choices,
        linkValues,
        linkErrors: linkErrors
          ? Object.fromEntries(Object.entries(linkErrors).map(([k, v]) => [k, v.map((m) => t(m))]))
          : undefined,
      },
      linkErrors ? 422 : 200,
    );
  };

  app.get(`/coalitions/${ID}`, (c) => page(c));

  /** The coalition a write names, as the actor may see it, refused unless the actor may write it. */
  const writable = async (c: AppContext) => {
    const coalition = await getCoalitionForActor(db, c.get('actor'), rowIdParam(c), today());
    requireThat(c, canWriteCoalitionOf(c.get('actor'), coalition.state.iso3));
    return coalition;
  };

  serveForm(app, `/coalitions/${ID}/edit`, {
    open: writable,
    page: (c, coalition, values, errors) => form(c, values, coalition.id, errors),
    initial: (_, coalition) => coalitionFormValues(coalition),
    read: readCoalition,
    attempt,
    save: (c, coalition, values) =>
      updateCoalition(ctxOf(c), { ...coalitionInputFromForm(values), id: coalition.id }),
    flash: 'coalitions:flash.updated',
    location: (coalition) => `/coalitions/${coalition.id}`,
  });

  app.post(`/coalitions/${ID}/confirm`, async (c) => {
    const coalition = await writable(c);
    await confirmCoalition(ctxOf(c), { id: coalition.id });
    return redirectWithSuccess(c, 'coalitions:flash.confirmed', `/coalitions/${coalition.id}`);
  });

  /** A link form: the verb, the form field it reads, the flash on success and the anchor to return to. */
  const linkRoute = (
    path: string,
    field: 'meetingCode' | 'needId',
    verb: (c: AppContext, id: number, value: string) => Promise<unknown>,
    flash: string,
    anchor: string,
  ) =>
    app.post(`/coalitions/${ID}/${path}`, async (c) => {
      const coalition = await writable(c);
      const values = { [field]: (await readForm(c))[field] ?? '' };
      const errors = await attempt(() => verb(c, coalition.id, values[field] ?? ''));
      if (errors) {
        // Any refusal of a link is shown at the form's one field.
        const messages = Object.values(errors).flat();
        return page(c, values, { [field]: messages });
      }
      return redirectWithSuccess(c, flash, `/coalitions/${coalition.id}#${anchor}`);
    });

  linkRoute(
    'meetings',
    'meetingCode',
    (c, id, meetingCode) => linkCoalitionMeeting(ctxOf(c), { id, meetingCode }),
    'coalitions:flash.meetingLinked',
    'meetings',
  );
  linkRoute(
    'meetings/unlink',
    'meetingCode',
    (c, id, meetingCode) => unlinkCoalitionMeeting(ctxOf(c), { id, meetingCode }),
    'coalitions:flash.meetingUnlinked',
    'meetings',
  );
  linkRoute(
    'needs',
    'needId',
    (c, id, needId) => linkCoalitionNeed(ctxOf(c), { id, needId }),
    'coalitions:flash.needLinked',
    'needs',
  );
  linkRoute(
    'needs/unlink',
    'needId',
    (c, id, needId) => unlinkCoalitionNeed(ctxOf(c), { id, needId }),
    'coalitions:flash.needUnlinked',
    'needs',
  );

  return app;
}
