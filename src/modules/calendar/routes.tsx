import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { serveDownloads } from '../../kernel/downloads.js';
import { AppError, type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { attemptFromForm } from '../../kernel/form-errors.js';
import { redirectWithSuccess } from '../../kernel/form-post.js';
import { serveForm } from '../../kernel/form-routes.js';
import { readBody, readForm } from '../../kernel/forms.js';
import { createGate } from '../../kernel/gate.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import type { Translate } from '../../kernel/i18n/index.js';
import { ROW_ID_PATTERN } from '../../kernel/ids.js';
import { renderFormPage, renderPage } from '../../kernel/page.js';
import { render } from '../../kernel/views/render.js';
import { exportColumns } from '../../kernel/views/table.js';
import { listStateNames } from '../states/index.js';
import { addActionItem } from './add-action-item.js';
import { addStatement } from './add-statement.js';
import { correctOfficeHolder } from './correct-office-holder.js';
import { createMeeting } from './create-meeting.js';
import { ActionItemNotFoundError, MeetingNotFoundError, OfficeHolderNotFoundError } from './errors.js';
import {
  actionItemFields,
  actionItemFormValues,
  actionItemInputFromForm,
  errorsByField,
  meetingFields,
  meetingFormValues,
  meetingInputFromForm,
  officeHolderCorrectionFields,
  officeHolderFields,
  officeHolderFormValues,
  officeHolderInputFromForm,
  pick,
  statementFields,
  statementInputFromForm,
} from './form-input.js';
import { importParticipants } from './import-participants.js';
import { listOfficeHolders, type OfficeHolderView } from './office-holders.js';
import { previewParticipants } from './participants.js';
import { looksLikeXlsx, readParticipantsXlsx } from './participants-xlsx.js';
import { participationFigures, type RowError, readParticipantsCsv } from './participation.js';
import { canWriteCalendar } from './policy.js';
import {
  findMeeting,
  findMeetingCodeIgnoringCase,
  getMeeting,
  listMeetings,
  listOpenActionItems,
} from './queries.js';
import { recordOfficeHolder } from './record-office-holder.js';
import { updateActionItem } from './update-action-item.js';
import { updateMeeting } from './update-meeting.js';
import { ActionItemFormPage } from './views/action-item-form.js';
import { OpenActionItemsPage } from './views/action-items.js';
import { MeetingsListPage, meetingTable } from './views/list.js';
import { MeetingPage } from './views/meeting.js';
import { MeetingFormPage } from './views/meeting-form.js';
import { OfficeHolderFormPage } from './views/office-holder-form.js';
import { OfficeHoldersPage } from './views/office-holders.js';
import { ParticipantsUploadPage } from './views/participants-upload.js';
import { actionItemTable, type LinkRef } from './views/parts.js';
import { StatementFormPage } from './views/statement-form.js';
import { meetingKinds } from './vocabulary.js';

// Hono reads `{…}` as the end of a pattern, so no `{n}` quantifiers inside.
const CODE = '{[A-Za-z0-9][A-Za-z0-9-]*}';

/** A bad filter is dropped, never an error. */
const ListQuery = z.object({ kind: z.enum(meetingKinds).optional().catch(undefined) });

/**
 * What another module links to action items, for the open action items' page: a column header and
 * the links of each item the actor may see. The calendar does not know what they are (needs).
 */
export interface ActionItemLinks {
  header: (t: Translate) => string;
  read: (c: AppContext, ids: readonly number[]) => Promise<ReadonlyMap<number, readonly LinkRef[]>>;
}

/** Several modules' links as one column: the headers joined, each item's links one after the other. */
function mergedLinks(providers: readonly ActionItemLinks[]): ActionItemLinks | undefined {
  if (providers.length <= 1) return providers[0];
  return {
    header: (t) => providers.map((p) => p.header(t)).join(' · '),
    read: async (c, ids) => {
      const maps = await Promise.all(providers.map((p) => p.read(c, ids)));
      const out = new Map<number, LinkRef[]>();
      for (const m of maps) for (const [id, refs] of m) out.set(id, [...(out.get(id) ?? []), ...refs]);
      return out;
    },
  };
}

export function calendarRoutes(deps: RouteDeps & { actionItemLinks?: readonly ActionItemLinks[] }) {
  const { app, db, ctxOf } = moduleRoutes(deps);
  const canWrite = (c: AppContext) => canWriteCalendar(c.get('actor'));

  app.get('/meetings', async (c) => {
    const { kind } = ListQuery.parse(c.req.query());
    const rows = await listMeetings(db, { kind });
    return renderPage(c, 'calendar:list.title', MeetingsListPage, {
      rows,
      kind,
      canWrite: canWrite(c),
    });
  });

  serveDownloads(app, '/meetings', async (c) => ({
    filename: 'meetings',
    sheetName: c.get('t')('calendar:list.title'),
    columns: exportColumns(meetingTable(c.get('t'), c.get('locale'))),
    rows: await listMeetings(db, { kind: ListQuery.parse(c.req.query()).kind }),
  }));

  app.get('/meetings/office-holders', async (c) => {
    const holders = await listOfficeHolders(db, undefined, { withWithdrawn: true });
    return renderPage(c, 'calendar:offices.title', OfficeHoldersPage, {
      holders,
      canWrite: canWrite(c),
    });
  });

  app.get('/meetings/action-items', async (c) => {
    const t = c.get('t');
    const items = await listOpenActionItems(db);
    const linked = mergedLinks(deps.actionItemLinks ?? []);
    const links = linked
      ? {
          header: linked.header(t),
          byItem: await linked.read(
            c,
            items.map((i) => i.id),
          ),
        }
      : undefined;
    return renderPage(c, 'calendar:actionItems.title', OpenActionItemsPage, {
      items,
      canWrite: canWrite(c),
      links,
    });
  });

  serveDownloads(app, '/meetings/action-items', async (c) => ({
    filename: 'open-action-items',
    sheetName: c.get('t')('calendar:actionItems.title'),
    columns: exportColumns(actionItemTable(c.get('t'), c.get('locale'))),
    rows: await listOpenActionItems(db),
  }));

  // Adding and editing meetings: the ISU only. A refused save shows the form again with every typed value.
  const meetingForm = async (
    c: AppContext,
    mode: 'new' | 'edit',
    values: Record<string, string>,
    errors?: FieldErrors,
  ) => {
    const states = await listStateNames(db, c.get('locale'));
    return renderFormPage(
      c,
      (t) =>
        mode === 'new' ? t('calendar:form.newTitle') : t('calendar:form.editTitle', { code: values.code }),
      MeetingFormPage,
      {
        mode,
        values,
        states,
      },
      errors,
    );
  };

  /** Runs a verb from a form; a refusal of the input comes back as field errors, anything else is thrown. */
  const attempt = (run: () => Promise<unknown>) =>
    attemptFromForm(run, errorsByField, (err) =>
      err instanceof AppError && err.code === 'CALENDAR.CODE_TAKEN' ? { code: [err.messageKey] } : null,
    );

  // Office holders: the ISU records one, or corrects or withdraws one by appending a correction.
  const officeHolderForm = async (
    c: AppContext,
    values: Record<string, string>,
    holder?: OfficeHolderView,
    errors?: FieldErrors,
  ) => {
    const states = await listStateNames(db, c.get('locale'));
    return renderFormPage(
      c,
      (t) => (holder ? t('calendar:offices.correctTitle') : t('calendar:offices.newTitle')),
      OfficeHolderFormPage,
      {
        holder,
        values,
        states,
      },
      errors,
    );
  };

  /** Who may write: the ISU. */
  const writable = (c: AppContext) => requireThat(c, canWrite(c));
  /** Who may write, then the meeting the address names. */
  const writableMeeting = async (c: AppContext) => {
    writable(c);
    return getMeeting(db, c.req.param('code') ?? '');
  };
  const readFields = (fields: readonly string[]) => async (c: AppContext) => pick(await readForm(c), fields);

  serveForm(app, '/meetings/office-holders/new', {
    open: writable,
    page: (c, _, values, errors) => officeHolderForm(c, values, undefined, errors),
    initial: () => ({ ...pick({}, officeHolderFields), gender: 'not_known' }),
    read: readFields(officeHolderFields),
    attempt,
    save: (c, _, values) => recordOfficeHolder(ctxOf(c), officeHolderInputFromForm(values)),
    flash: 'calendar:flash.officeHolderSaved',
    location: (_, saved) => `/meetings/office-holders#holder-${saved.id}`,
  });

  const findHolder = async (c: AppContext) => {
    writable(c);
    const id = Number(c.req.param('id'));
    const [holder] = await listOfficeHolders(db, [id], { withWithdrawn: true });
    if (!holder) throw new OfficeHolderNotFoundError(id);
    return holder;
  };

  // A correction or a withdrawal, as the form's `action` says (anything else is a correction).
  const correctionAction = (values: Record<string, string>) =>
    values.action === 'withdrawn' ? 'withdrawn' : 'corrected';
  serveForm(app, `/meetings/office-holders/:id${ROW_ID_PATTERN}/correct`, {
    open: findHolder,
    page: (c, holder, values, errors) => officeHolderForm(c, values, holder, errors),
    initial: (_, holder) => ({ ...officeHolderFormValues(holder), action: 'corrected', reason: '' }),
    read: async (c) => {
      const values = pick(await readForm(c), officeHolderCorrectionFields);
      return { ...values, action: correctionAction(values) };
    },
    attempt,
    save: (c, holder, values) => {
      const action = correctionAction(values);
      return correctOfficeHolder(
        ctxOf(c),
        action === 'withdrawn'
          ? { id: holder.id, action, reason: values.reason }
          : { ...officeHolderInputFromForm(values), id: holder.id, action, reason: values.reason },
      );
    },
    flash: (values) => `calendar:flash.officeHolder.${correctionAction(values)}`,
    location: (holder) => `/meetings/office-holders#holder-${holder.id}`,
  });

  serveForm(app, '/meetings/new', {
    open: writable,
    page: (c, _, values, errors) => meetingForm(c, 'new', values, errors),
    initial: () => ({ ...pick({}, meetingFields), kind: 'msp' }),
    read: readFields(meetingFields),
    attempt,
    save: (c, _, values) => createMeeting(ctxOf(c), meetingInputFromForm(values)),
    flash: 'calendar:flash.created',
    location: (_, _saved, values) => `/meetings/${(values.code ?? '').trim()}`,
  });

  app.get(`/meetings/:code${CODE}`, async (c) => {
    const code = c.req.param('code');
    const meeting = await findMeeting(db, code);
    if (!meeting) {
      const recorded = await findMeetingCodeIgnoringCase(db, code);
      if (recorded) return c.redirect(`/meetings/${recorded}`, 301);
      throw new MeetingNotFoundError(code);
    }
    return renderPage(c, () => meeting.title, MeetingPage, {
      meeting,
      canWrite: canWrite(c),
    });
  });

  serveForm(app, `/meetings/:code${CODE}/edit`, {
    open: writableMeeting,
    page: (c, _, values, errors) => meetingForm(c, 'edit', values, errors),
    initial: (_, meeting) => meetingFormValues(meeting),
    read: async (c, meeting) => ({ ...pick(await readForm(c), meetingFields), code: meeting.code }),
    attempt,
    save: (c, _, values) => updateMeeting(ctxOf(c), meetingInputFromForm(values)),
    flash: 'calendar:flash.updated',
    location: (meeting) => `/meetings/${meeting.code}`,
  });

  const actionItemForm = (
    c: AppContext,
    meeting: Awaited<ReturnType<typeof getMeeting>>,
    values: Record<string, string>,
    id?: number,
    errors?: FieldErrors,
  ) => {
    return renderFormPage(
      c,
      (t) => (id ? t('calendar:actionItems.editTitle') : t('calendar:actionItems.newTitle')),
      ActionItemFormPage,
      {
        meeting,
        id,
        values,
      },
      errors,
    );
  };

  serveForm(app, `/meetings/:code${CODE}/action-items/new`, {
    open: writableMeeting,
    page: (c, meeting, values, errors) => actionItemForm(c, meeting, values, undefined, errors),
    initial: () => ({ ...pick({}, actionItemFields), status: 'open' }),
    read: readFields(actionItemFields),
    attempt,
    save: (c, meeting, values) =>
      addActionItem(ctxOf(c), { ...actionItemInputFromForm(values), meetingCode: meeting.code }),
    flash: 'calendar:flash.actionItemSaved',
    location: (meeting) => `/meetings/${meeting.code}#action-items`,
  });

  const findItem = async (c: AppContext) => {
    const meeting = await writableMeeting(c);
    const id = Number(c.req.param('id'));
    const item = meeting.actionItems.find((a) => a.id === id);
    if (!item) throw new ActionItemNotFoundError(id);
    return { meeting, item };
  };

  serveForm(app, `/meetings/:code${CODE}/action-items/:id${ROW_ID_PATTERN}/edit`, {
    open: findItem,
    page: (c, { meeting, item }, values, errors) => actionItemForm(c, meeting, values, item.id, errors),
    initial: (_, { item }) => actionItemFormValues(item),
    read: readFields(actionItemFields),
    attempt,
    save: (c, { item }, values) =>
      updateActionItem(ctxOf(c), { ...actionItemInputFromForm(values), id: item.id }),
    flash: 'calendar:flash.actionItemSaved',
    location: ({ meeting }) => `/meetings/${meeting.code}#action-items`,
  });

  // Statements: what a State or an organisation said, as the record summarises it.
  const statementForm = async (
    c: AppContext,
    meeting: Awaited<ReturnType<typeof getMeeting>>,
    values: Record<string, string>,
    errors?: FieldErrors,
  ) => {
    const states = await listStateNames(db, c.get('locale'));
    return renderFormPage(
      c,
      'calendar:statements.newTitle',
      StatementFormPage,
      {
        meeting,
        values,
        states,
      },
      errors,
    );
  };

  serveForm(app, `/meetings/:code${CODE}/statements/new`, {
    open: writableMeeting,
    page: (c, meeting, values, errors) => statementForm(c, meeting, values, errors),
    initial: () => pick({}, statementFields),
    read: readFields(statementFields),
    attempt,
    save: (c, meeting, values) =>
      addStatement(ctxOf(c), { ...statementInputFromForm(values), meetingCode: meeting.code }),
    flash: 'calendar:flash.statementSaved',
    location: (meeting) => `/meetings/${meeting.code}#statements`,
  });

  // Importing a list of participants: read, preview with errors by row, then confirm. All or nothing.
  const uploadPath = `/meetings/:code${CODE}/participants/upload`;
  const uploadPage = (
    c: AppContext,
    meeting: Awaited<ReturnType<typeof getMeeting>>,
    preview?: Awaited<ReturnType<typeof previewParticipants>>,
    csv?: string,
    status?: 429,
  ) =>
    render(
      c,
      c.get('t')('calendar:participants.uploadTitle', { title: meeting.title }),
      <ParticipantsUploadPage
        t={c.get('t')}
        locale={c.get('locale')}
        meeting={meeting}
        preview={preview}
        csv={csv}
      />,
      status ?? (preview?.errors.length ? 422 : 200),
    );
  // Reading a workbook costs memory even within the guard's bounds: a couple at a time.
  const workbookReads = createGate(2);
  const onlyErrors = (errors: RowError[]) => ({
    statusOn: null,
    delegations: [],
    figures: previewFiguresNone,
    errors,
  });

  app.get(uploadPath, async (c) => {
    requireThat(c, canWrite(c));
    return uploadPage(c, await getMeeting(db, c.req.param('code')));
  });

  app.post(uploadPath, async (c) => {
    requireThat(c, canWrite(c));
    const meeting = await getMeeting(db, c.req.param('code'));
    const body = await readBody(c);
    const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
    if (file && file.size > MAX_LIST_BYTES)
      return uploadPage(
        c,
        meeting,
        onlyErrors([{ line: 0, field: 'file', key: 'calendar:participants.errors.tooLarge' }]),
      );
    const bytes = file ? Buffer.from(await file.arrayBuffer()) : null;
    // A workbook is read into the same rows as a CSV list; the preview carries them on as CSV.
    const workbook = bytes && (file?.name.toLowerCase().endsWith('.xlsx') || looksLikeXlsx(bytes));
    const run = workbook ? await workbookReads.tryRun(() => readParticipantsXlsx(bytes)) : null;
    if (run && !run.ok) {
      c.header('Retry-After', '5');
      const busy = onlyErrors([{ line: 0, field: 'file', key: 'calendar:participants.errors.busy' }]);
      return uploadPage(c, meeting, busy, undefined, 429);
    }
    const fromXlsx = run?.ok ? run.value : null;
    if (fromXlsx?.errors.length) return uploadPage(c, meeting, onlyErrors(fromXlsx.errors));
    const csv = fromXlsx
      ? stringify(fromXlsx.records)
      : bytes
        ? bytes.toString('utf8')
        : typeof body.csv === 'string'
          ? body.csv
          : '';
    if (!csv.trim())
      return uploadPage(
        c,
        meeting,
        onlyErrors([{ line: 0, field: 'file', key: 'calendar:participants.errors.noFile' }]),
      );
    const read = fromXlsx ?? readParticipantsCsv(csv);
    if (read.errors.length) return uploadPage(c, meeting, onlyErrors(read.errors));
    const preview = await previewParticipants(db, meeting, read.rows);
    if (preview.errors.length || body.confirm !== 'yes') return uploadPage(c, meeting, preview, csv);
    try {
      await importParticipants(ctxOf(c), { meetingCode: meeting.code, rows: read.rows });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const errors = Object.entries(err.fieldErrors).flatMap(([key, keys]) => {
        const [, line, field] = key.split('.');
        return keys.map((k) => ({ line: Number(line) || 0, field: field ?? key, key: k }));
      });
      return uploadPage(c, meeting, onlyErrors(errors));
    }
    return redirectWithSuccess(
      c,
      'calendar:flash.participantsImported',
      `/meetings/${meeting.code}#participation`,
    );
  });

  return app;
}

/** A list of participants (CSV or XLSX); a file this large is not one. */
const MAX_LIST_BYTES = 2 * 1024 * 1024;
const previewFiguresNone = participationFigures([]);
