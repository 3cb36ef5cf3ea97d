import type { TxContext } from '../../kernel/context.js';
import { editableRows } from '../../kernel/verb-helpers.js';
import { EntryNotFoundError } from './inputs.js';
import { canWriteDirectoryOf } from './policy.js';
import { directoryEntries } from './schema.js';

/** The four writes of an entry (one file each) share these helpers. */

export type EntryRow = typeof directoryEntries.$inferSelect;

export const declared = (
  e: Pick<
    EntryRow,
    | 'area'
    | 'name'
    | 'functionTitle'
    | 'organisation'
    | 'email'
    | 'phone'
    | 'languages'
    | 'official'
    | 'published'
  >,
) => ({
  area: e.area,
  name: e.name,
  functionTitle: e.functionTitle,
  organisation: e.organisation,
  email: e.email,
  phone: e.phone,
  languages: e.languages,
  official: e.official,
  published: e.published,
});

const auditView = (e: EntryRow) => ({
  stateIso3: e.stateIso3,
  ...declared(e),
  lastConfirmedOn: e.lastConfirmedOn,
});

export const audit = (before: EntryRow | null, after: EntryRow | null) => {
  const any = (after ?? before) as EntryRow;
  return [
    {
      subjectType: 'directory_entry',
      subjectId: String(any.id),
      stateIso3: any.stateIso3,
      before: before ? auditView(before) : null,
      after: after ? auditView(after) : null,
    },
  ];
};

/** How the writes of an entry change its row. */
export const entryRows = editableRows(directoryEntries, (id) => new EntryNotFoundError(id), audit);

/** The entry a write changes, locked until the transaction ends. */
export const lockEntry = entryRows.lock;

/** The State of the locked entry decides who may touch it: its focal points, or the ISU. */
export const permitEntryState = async (ctx: TxContext, input: { id: number }) =>
  canWriteDirectoryOf(ctx.actor, (await lockEntry(ctx.db, input.id)).stateIso3);
