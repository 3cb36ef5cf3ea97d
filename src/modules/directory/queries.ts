import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { compareText, stateName } from '../../kernel/i18n/state-names.js';
import { states } from '../states/schema.js';
import { EntryNotFoundError } from './inputs.js';
import { directoryEntries } from './schema.js';
import { canSeeEntry } from './visibility.js';
import { confirmationDueOn, type DirectoryArea, directoryAreas } from './vocabulary.js';
import { declared } from './write.js';

/** A contact as this reader may see it. */
export interface EntryView {
  id: number;
  stateIso3: string;
  stateName: string;
  area: DirectoryArea;
  name: string;
  functionTitle: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  languages: string[];
  official: boolean;
  published: boolean;
  lastConfirmedOn: string;
  /** Not confirmed for 12 months: shown as due for confirmation, still listed. */
  confirmationDue: boolean;
  version: number;
}

export interface DirectoryFilter {
  state?: string;
  area?: DirectoryArea;
}

const areaRank = (a: string) => directoryAreas.indexOf(a as DirectoryArea);

/**
 * The entries this reader may see (visibility.ts), by State name, area (in the vocabulary's order),
 * contact name and id. The order is read in SQL by State name, name and id, then areas in their order.
 */
export async function listEntries(
  db: Executor,
  actor: Actor,
  today: string,
  f: DirectoryFilter = {},
  /** The reader's language: each State named in it, and the entries in its order of names. */
  locale = 'en',
): Promise<EntryView[]> {
  const compare = compareText(locale);
  const rows = await db
    .select({ e: directoryEntries, stateName: states.name })
    .from(directoryEntries)
    .innerJoin(states, eq(states.iso3, directoryEntries.stateIso3))
    .where(
      and(
        f.state ? eq(directoryEntries.stateIso3, f.state) : undefined,
        f.area ? eq(directoryEntries.area, f.area) : undefined,
      ),
    )
    .orderBy(asc(states.name), asc(directoryEntries.name), asc(directoryEntries.id));
  return rows
    .filter(({ e }) => canSeeEntry(actor, e))
    .map(({ e, stateName: registered }) => ({
      id: e.id,
      stateIso3: e.stateIso3,
      stateName: stateName(locale, e.stateIso3, registered),
      ...declared(e),
      lastConfirmedOn: e.lastConfirmedOn,
      confirmationDue: confirmationDueOn(e.lastConfirmedOn) <= today,
      version: e.version,
    }))
    .sort(
      (a, b) =>
        (a.stateIso3 === b.stateIso3
          ? 0
          : compare(a.stateName, b.stateName) || a.stateIso3.localeCompare(b.stateIso3)) ||
        areaRank(a.area) - areaRank(b.area) ||
        0,
    );
}

/** One entry, if this reader may see it; otherwise not found. */
export async function getEntry(db: Executor, actor: Actor, id: number, today: string): Promise<EntryView> {
  const [row] = await db
    .select({ iso3: directoryEntries.stateIso3 })
    .from(directoryEntries)
    .where(eq(directoryEntries.id, id));
  if (!row) throw new EntryNotFoundError(id);
  const entry = (await listEntries(db, actor, today, { state: row.iso3 })).find((e) => e.id === id);
  if (!entry) throw new EntryNotFoundError(id);
  return entry;
}
